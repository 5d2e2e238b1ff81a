using System.Text.RegularExpressions;

namespace NewsHub.Web.Ingestion.Extraction;

/// <summary>Word-overlap similarity of two titles, used to spot the headline repeated in the body.</summary>
internal static partial class TitleText
{
    [GeneratedRegex(@"\W+", RegexOptions.CultureInvariant)]
    private static partial Regex NonWord();

    /// <summary>1 minus the share of <paramref name="b"/>'s word characters that do not occur in <paramref name="a"/>.</summary>
    public static double Similarity(string a, string b)
    {
        var tokensA = Tokens(a).ToHashSet(StringComparer.Ordinal);
        var tokensB = Tokens(b).ToList();
        if (tokensA.Count == 0 || tokensB.Count == 0) return 0;
        var uniqueB = tokensB.Where(t => !tokensA.Contains(t)).ToList();
        var distance = string.Join(' ', uniqueB).Length / (double)string.Join(' ', tokensB).Length;
        return 1 - distance;
    }

    private static IEnumerable<string> Tokens(string text) =>
        NonWord().Split(text.ToLowerInvariant()).Where(t => t.Length > 0);
}
