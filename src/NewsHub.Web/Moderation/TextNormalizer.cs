using System.Globalization;
using System.Text;

namespace NewsHub.Web.Moderation;

/// <summary>
/// Folds text for word matching: Unicode decomposition, combining marks dropped, lower-case.
/// "Ÿoù BÂStard" and "you bastard" fold to the same words.
/// </summary>
public static class TextNormalizer
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                continue;
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The folded words of a text: runs of letters and digits (apostrophes inside a word kept).</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var folded = Fold(text);
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            var inWordApostrophe = c is '\'' or '’' && current.Length > 0 && i + 1 < folded.Length && char.IsLetterOrDigit(folded[i + 1]);
            if (char.IsLetterOrDigit(c) || inWordApostrophe)
            {
                current.Append(c == '’' ? '\'' : c);
                continue;
            }
            if (current.Length > 0) { words.Add(current.ToString()); current.Clear(); }
        }
        if (current.Length > 0) words.Add(current.ToString());
        return words;
    }

    /// <summary>Whitespace collapsed and case/diacritics folded: two posts that differ only in that are duplicates.</summary>
    public static string ForDuplicateCheck(string text) => string.Join(' ', Words(text));
}
