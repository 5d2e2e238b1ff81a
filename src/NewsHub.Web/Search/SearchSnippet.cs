using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsHub.Web.Search;

/// <summary>
/// A result's snippet, made from the article's text here rather than by ts_headline, which parses and stems every
/// word of every text it is given (~0.5 ms an article, 6-10 ms a page at a million articles) and matches the text as
/// written, so "Turkiye" never highlighted "Türkiye" though it found it. Which words match stays PostgreSQL's
/// decision, with the search's own stemming and unaccenting: <see cref="MayMatch"/> only picks the few words of a
/// page that could (their start agrees with a query lexeme's), and ArticleSearch has PostgreSQL reduce those. The
/// snippet then shows the best fragments around the matched words, as ts_headline's MaxFragments did.
/// </summary>
public static partial class SearchSnippet
{
    /// <summary>Words in one fragment when the snippet has two; a snippet never has more than twice this.</summary>
    public const int FragmentWords = 20;
    /// <summary>Words of context kept before a fragment's first match.</summary>
    private const int Lead = 4;
    public const string Open = "\u0002", Close = "\u0003";
    private const string Ellipsis = "…";
    private const string FragmentDelimiter = " " + Ellipsis + " ";

    /// <summary>
    /// The positive lexemes of a query, from PostgreSQL's querytree() text (negated words are not in it: "-russia"
    /// must not be highlighted), e.g. <c>'nuclear' &amp; ( 'power' | 'plant' )</c>.
    /// </summary>
    public static IReadOnlyList<string> Lexemes(string? queryTree) =>
        queryTree is null ? [] : LexemePattern().Matches(queryTree).Select(m => m.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal)).Distinct().ToList();

    /// <summary>The words of a text: runs of letters, digits and combining marks (PostgreSQL's parser splits at the rest).</summary>
    public static IReadOnlyList<Range> Words(string text)
    {
        var words = new List<Range>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsWordChar(text[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                words.Add(start..i);
                start = -1;
            }
        }
        return words;
    }

    /// <summary>
    /// Whether a word could reduce to one of the lexemes: its unaccented lower-case form starts with the lexeme less its
    /// last two characters (stemming only rewrites a word's ending: "countries" -> "countri", "dying" -> "die"), or it
    /// has a character this simple unaccenting keeps (then PostgreSQL decides). Never false for a word that matches.
    /// </summary>
    public static bool MayMatch(string word, IReadOnlyList<string> lexemes)
    {
        var plain = Plain(word);
        foreach (var c in plain)
            if (c > '\u007f') return true;
        foreach (var lexeme in lexemes)
        {
            var prefix = lexeme.Length <= 2 ? lexeme[..1] : lexeme[..^2];
            if (plain.StartsWith(prefix, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// The snippet of <paramref name="text"/>: up to two fragments around its matched words (those for which
    /// <paramref name="matches"/> says so, given the word in lower case), each word highlighted between
    /// <see cref="Open"/> and <see cref="Close"/>, fragments in text order joined by " … ", with an ellipsis before or after where the text goes on; the start of the text when no
    /// word matches (a match in the title only).
    /// </summary>
    public static string Compose(string text, IReadOnlyList<Range> words, Func<string, bool> matches)
    {
        if (words.Count == 0) return "";
        var hits = new List<int>();
        for (var i = 0; i < words.Count; i++)
            if (matches(text[words[i]].ToLowerInvariant())) hits.Add(i);
        var fragments = new List<(int Start, int End)>();
        if (hits.Count == 0) fragments.Add((0, Math.Min(words.Count, 2 * FragmentWords) - 1));
        else
        {
            var first = Best(text, words, hits, null)!.Value;
            var second = Best(text, words, hits, first);
            fragments.Add(first);
            if (second is { } s) fragments.Add(s);
            else fragments[0] = (first.Start, Math.Min(words.Count - 1, first.Start + 2 * FragmentWords - 1));
        }
        fragments.Sort();
        // An ellipsis where the text goes on, so a snippet cut mid-sentence does not read as the article's start or end.
        return (fragments[0].Start > 0 ? Ellipsis + " " : "")
            + string.Join(FragmentDelimiter, fragments.Select(f => Fragment(text, words, f.Start, f.End, hits)))
            + (fragments[^1].End < words.Count - 1 ? " " + Ellipsis : "");
    }

    /// <summary>
    /// The fragment, among those starting a little before a match, with the most different matched words, then the
    /// most matches, then the earliest; beside <paramref name="taken"/>, never over it. Null when no match is left.
    /// </summary>
    private static (int Start, int End)? Best(string text, IReadOnlyList<Range> words, List<int> hits, (int Start, int End)? taken)
    {
        (int Start, int End)? best = null;
        var bestScore = (Distinct: -1, Count: -1);
        foreach (var hit in hits)
        {
            if (taken is { } t && hit >= t.Start && hit <= t.End) continue;
            var start = Math.Max(0, hit - Lead);
            if (taken is { } before && hit > before.End) start = Math.Max(start, before.End + 1);
            var end = Math.Min(words.Count - 1, start + FragmentWords - 1);
            if (taken is { } after && hit < after.Start) end = Math.Min(end, after.Start - 1);
            var inside = hits.Where(h => h >= start && h <= end).ToList();
            var score = (Distinct: inside.Select(h => text[words[h]].ToLowerInvariant()).Distinct().Count(), Count: inside.Count);
            if (score.CompareTo(bestScore) > 0)
            {
                bestScore = score;
                best = (start, end);
            }
        }
        return best;
    }

    private static string Fragment(string text, IReadOnlyList<Range> words, int start, int end, List<int> hits)
    {
        var sb = new StringBuilder();
        for (var i = start; i <= end; i++)
        {
            if (i > start) sb.Append(Whitespace().Replace(text[words[i - 1].End..words[i].Start], " "));
            var highlighted = hits.BinarySearch(i) >= 0;
            if (highlighted) sb.Append(Open);
            sb.Append(text[words[i]]);
            if (highlighted) sb.Append(Close);
        }
        return sb.ToString();
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>Lower case without diacritics ("Türkiye" -> "turkiye"); letters without a decomposition stay as they are.</summary>
    private static string Plain(string word)
    {
        if (Ascii.IsValid(word)) return word.ToLowerInvariant();
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)) sb.Append(c);
        return sb.ToString();
    }

    [GeneratedRegex("'((?:[^']|'')*)'")]
    private static partial Regex LexemePattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
