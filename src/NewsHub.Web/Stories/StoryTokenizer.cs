using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsHub.Web.Stories;

/// <summary>One normalised word of an article: the term it counts as, and whether the writer capitalised it mid-sentence.</summary>
public readonly record struct StoryToken(string Term, bool IsName);

/// <summary>
/// Turns title, lead and body into comparable terms: case and accents folded (Türkiye = Turkiye), demonyms mapped to
/// their country (Iranian = Iran), "U.S."/"United States" to one term, stop words and generic newsroom words dropped,
/// a light suffix stemmer (talks = talk, approved = approves). Deliberately small: the goal is that two outlets'
/// wordings of one event meet, not linguistic accuracy.
/// </summary>
public static partial class StoryTokenizer
{
    [GeneratedRegex(@"\p{L}[\p{L}\p{M}]*(?:\.\p{L}\.?)*|\p{N}+(?:[.,]\p{N}+)*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    public static List<StoryToken> Tokenize(string? text)
    {
        var tokens = new List<StoryToken>();
        if (string.IsNullOrWhiteSpace(text)) return tokens;
        string? pendingUnited = null;
        foreach (Match m in WordPattern().Matches(text))
        {
            var raw = m.Value;
            var isName = char.IsUpper(raw[0]) && !StartsSentence(text, m.Index);
            var folded = Fold(raw);

            // "United States" / "United Arab Emirates" / "United Kingdom" arrive as two or three words.
            if (pendingUnited is not null)
            {
                var joined = pendingUnited + " " + folded;
                if (joined is "united states") { tokens.Add(new("usa", true)); pendingUnited = null; continue; }
                if (joined is "united kingdom") { tokens.Add(new("uk", true)); pendingUnited = null; continue; }
                if (joined is "united arab") { pendingUnited = joined; continue; }
                if (joined is "united arab emirates") { tokens.Add(new("uae", true)); pendingUnited = null; continue; }
                pendingUnited = null;
            }
            if (folded == "united") { pendingUnited = "united"; continue; }

            var term = Normalise(raw, folded);
            if (term is null) continue;
            tokens.Add(new(term, isName || (raw.Length > 1 && raw.All(c => !char.IsLetter(c) || char.IsUpper(c)))));
        }
        return tokens;
    }

    private static string? Normalise(string raw, string folded)
    {
        // "US" in capitals is the country, "us" in lower case is a pronoun.
        if (raw is "U.S." or "U.S" or "US" or "USA" or "U.S.A.") return "usa";
        if (raw is "UK" or "U.K." or "U.K") return "uk";
        if (char.IsDigit(folded[0])) return NormaliseNumber(folded);
        var word = folded.Replace(".", "", StringComparison.Ordinal);
        if (word.Length < 2 || StoryStopWords.Contains(word)) return null;
        if (StoryAliases.TryGet(word, out var alias)) word = alias;
        var stem = Stem(word);
        return StoryStopWords.Contains(stem) ? null : stem;
    }

    /// <summary>Figures identify events (310,000 tonnes; magnitude 5.9); small counts and years do not.</summary>
    private static string? NormaliseNumber(string word)
    {
        if (word.Contains(',', StringComparison.Ordinal) && !word.Contains('.', StringComparison.Ordinal))
            word = word.Replace(",", "", StringComparison.Ordinal);
        if (word.Contains(',', StringComparison.Ordinal)) word = word.Replace(',', '.');
        var hasFraction = word.Contains('.', StringComparison.Ordinal);
        if (!hasFraction && word.Length < 3) return null;
        if (!hasFraction && word.Length == 4 && word[0] is '1' or '2' && word[1] is '9' or '0') return null;
        return word;
    }

    internal static string Fold(string raw)
    {
        var decomposed = raw.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString().Replace('ı', 'i');
    }

    /// <summary>S-stemmer plus -ing/-ed and a final -e, so approve, approves, approved and approving meet.</summary>
    internal static string Stem(string w)
    {
        if (w.Length <= 3) return w;
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4) w = w[..^3] + "y";
        else if (w.EndsWith("sses", StringComparison.Ordinal)) w = w[..^2];
        else if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
                 && !w.EndsWith("is", StringComparison.Ordinal)) w = w[..^1];

        if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5) w = Undouble(w[..^3]);
        else if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4 && !w.EndsWith("eed", StringComparison.Ordinal)) w = Undouble(w[..^2]);
        if (w.EndsWith('e') && w.Length > 4) w = w[..^1];
        return w;
    }

    private static string Undouble(string w) =>
        w.Length > 3 && w[^1] == w[^2] && w[^1] is not ('l' or 's' or 'z') && !IsVowel(w[^1]) ? w[..^1] : w;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool StartsSentence(string text, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '"' or '“' or '‘' or '\'' or '(' or '«') continue;
            return c is '.' or '!' or '?' or ':' or '\n';
        }
        return true;
    }
}
