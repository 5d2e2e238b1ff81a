using System.Net;
using System.Text.RegularExpressions;

namespace NewsHub.Web.Ingestion;

/// <summary>Plain text from the small HTML fragments feeds and listings carry (teaser titles, summaries).</summary>
public static partial class FeedText
{
    public static string? Plain(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return null;
        var text = WebUtility.HtmlDecode(Tags().Replace(html, " "));
        return Spaces().Replace(text, " ").Trim();
    }

    public static int Length(string? html) => Plain(html)?.Length ?? 0;

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
