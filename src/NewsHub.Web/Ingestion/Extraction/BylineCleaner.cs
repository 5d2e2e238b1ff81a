using System.Text.RegularExpressions;

namespace NewsHub.Web.Ingestion.Extraction;

/// <summary>Reduces a byline line ("By Jane Doe, jane@x.com | 18 Nov 2019") to the names.</summary>
internal static partial class BylineCleaner
{
    [GeneratedRegex(@"^\s*(?:(?:written|words|posted|story|text|reporting|report)\s+)?(?:by|von|par|por|автор[:\s]|автор|от)\s*[:\-]?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"\S+@\S+\.\S+|(?<!\w)@\w+", RegexOptions.CultureInvariant)]
    private static partial Regex EmailOrHandle();

    [GeneratedRegex(@"\s*(\||•|·|—|–)\s*.*$|\s+(updated|published|posted|on)\b.*$|\s*\d{1,4}[./:-]\d{1,2}.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tail();

    public static string? Clean(string? byline)
    {
        if (string.IsNullOrWhiteSpace(byline)) return null;
        var text = ElementText.Collapse(byline);
        text = Prefix().Replace(text, "");
        text = EmailOrHandle().Replace(text, "");
        text = Tail().Replace(text, "");
        text = text.Trim(' ', ',', ';', ':', '-', '|', '.');
        if (text.Length is < 2 or > 100) return null;
        if (text.StartsWith("http", StringComparison.OrdinalIgnoreCase)) return null;
        return text;
    }
}
