using System.Globalization;
using System.Text;

namespace NewsHub.Web.Tagging;

/// <summary>A word of a text: where it is in the original (and the folded) text.</summary>
internal readonly record struct TextToken(int Start, int Length)
{
    /// <summary>No capital letter: "turkey" the bird, "us" the pronoun.</summary>
    public bool IsAllLower(ReadOnlySpan<char> original)
    {
        foreach (var c in original.Slice(Start, Length)) if (char.IsUpper(c)) return false;
        return true;
    }

    /// <summary>Capitals only: "US", "U.S.", "DRC".</summary>
    public bool IsAllUpper(ReadOnlySpan<char> original)
    {
        var any = false;
        foreach (var c in original.Slice(Start, Length))
        {
            if (char.IsLower(c)) return false;
            any |= char.IsUpper(c);
        }
        return any;
    }
}

/// <summary>
/// Folds text the same way for the gazetteer and for articles: lower case, no diacritics, and every
/// character that is not a letter or digit separates words. Folding is one character to one character,
/// so a word's position in the folded text is its position in the original (evidence quotes the original).
/// </summary>
internal static class GazetteerText
{
    // Built once: 64K entries cost 128 KB and make folding a table look-up, with no allocation per article.
    private static readonly char[] Fold = BuildFoldTable();

    private static char[] BuildFoldTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            if (char.IsSurrogate(ch) || !char.IsLetterOrDigit(ch)) continue;
            table[c] = FoldLetter(ch);
        }
        return table;
    }

    private static char FoldLetter(char ch)
    {
        switch (ch)
        {
            // Letters that Unicode does not decompose into a base letter plus a mark.
            case 'ı' or 'İ': return 'i';
            case 'ł' or 'Ł': return 'l';
            case 'ø' or 'Ø': return 'o';
            case 'đ' or 'Đ' or 'ð' or 'Ð': return 'd';
            case 'ə' or 'Ə': return 'e';
            case 'ß': return 's';
            case 'æ' or 'Æ': return 'a';
            case 'œ' or 'Œ': return 'o';
        }
        if (ch < 128) return char.ToLowerInvariant(ch);
        var decomposed = ch.ToString().Normalize(NormalizationForm.FormD);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) == UnicodeCategory.NonSpacingMark) continue;
            return char.IsLetterOrDigit(d) ? char.ToLowerInvariant(d) : char.ToLowerInvariant(ch);
        }
        return char.ToLowerInvariant(ch);
    }

    /// <summary>The folded form of <paramref name="text"/>; separators become '\0'. Same length as the input.</summary>
    public static char[] FoldText(ReadOnlySpan<char> text)
    {
        var folded = new char[text.Length];
        for (var i = 0; i < text.Length; i++) folded[i] = Fold[text[i]];
        return folded;
    }

    /// <summary>Splits folded text into words.</summary>
    public static void Tokenize(ReadOnlySpan<char> folded, List<TextToken> tokens)
    {
        var i = 0;
        while (i < folded.Length)
        {
            if (folded[i] == '\0') { i++; continue; }
            var start = i;
            while (i < folded.Length && folded[i] != '\0') i++;
            tokens.Add(new TextToken(start, i - start));
        }
    }

    /// <summary>A phrase as the index stores it: folded words joined by single spaces ("nur sultan").</summary>
    public static string NormalizePhrase(string phrase)
    {
        var folded = FoldText(phrase);
        var tokens = new List<TextToken>();
        Tokenize(folded, tokens);
        return string.Join(' ', tokens.Select(t => new string(folded, t.Start, t.Length)));
    }
}
