using System.Text.RegularExpressions;

namespace NewsHub.Web.Ingestion.Parsing;

/// <summary>
/// Tells a feed from a sitemap from an HTML page by looking only at the start of the document, so the pipeline
/// can choose a parser without parsing twice. Content-Type headers are not trusted: servers send feeds as text/html
/// and HTML error pages as application/rss+xml.
/// </summary>
public static partial class FeedFormatDetector
{
    // The root element is always near the top; a prologue longer than this is not something we want to read.
    private const int SniffLength = 64 * 1024;

    public static bool IsFeed(FeedFormat format) => format is FeedFormat.Rss or FeedFormat.Atom or FeedFormat.Rdf;

    public static FeedFormat Detect(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return SniffRootElement(content)?.ToLowerInvariant() switch
        {
            "rss" => FeedFormat.Rss,
            "feed" => FeedFormat.Atom,
            "rdf" => FeedFormat.Rdf,
            "urlset" => FeedFormat.Sitemap,
            "sitemapindex" => FeedFormat.SitemapIndex,
            "html" or "head" or "body" => FeedFormat.Html,
            _ => FeedFormat.Unknown,
        };
    }

    /// <summary>Local name of the first element (prefix removed), "html" for an HTML doctype, null if none is found.</summary>
    internal static string? SniffRootElement(string content)
    {
        var text = content.AsSpan(0, Math.Min(content.Length, SniffLength));
        var i = 0;
        while (i < text.Length)
        {
            var lt = text[i..].IndexOf('<');
            if (lt < 0) return null;
            i += lt;
            var rest = text[i..];
            if (rest.StartsWith("<?")) i = SkipPast(text, i, "?>");
            else if (rest.StartsWith("<!--")) i = SkipPast(text, i, "-->");
            else if (rest.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase))
            {
                if (DoctypeHtml().IsMatch(rest)) return "html";
                var bracket = rest.IndexOfAny('[', '>');
                i = bracket >= 0 && rest[bracket] == '[' ? SkipPast(text, i, "]>") : SkipPast(text, i, ">");
            }
            else if (rest.Length > 1 && (char.IsLetter(rest[1]) || rest[1] == '_'))
            {
                var end = 1;
                while (end < rest.Length && !char.IsWhiteSpace(rest[end]) && rest[end] is not ('>' or '/')) end++;
                var name = rest[1..end];
                var colon = name.IndexOf(':');
                return (colon >= 0 ? name[(colon + 1)..] : name).ToString();
            }
            else i++;
        }
        return null;
    }

    private static int SkipPast(ReadOnlySpan<char> text, int from, string terminator)
    {
        var at = text[from..].IndexOf(terminator, StringComparison.Ordinal);
        return at < 0 ? text.Length : from + at + terminator.Length;
    }

    [GeneratedRegex(@"^<!DOCTYPE\s+html\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoctypeHtml();
}
