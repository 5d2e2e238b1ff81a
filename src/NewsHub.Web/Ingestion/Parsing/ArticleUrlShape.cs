using System.Text.RegularExpressions;

namespace NewsHub.Web.Ingestion.Parsing;

/// <summary>
/// Judges a URL by its shape alone: article URLs carry a multi-word slug, a numeric id or a date; tag, author, page,
/// search and account URLs never are articles.
/// </summary>
internal static partial class ArticleUrlShape
{
    private static readonly HashSet<string> NonArticleSegments = new(StringComparer.OrdinalIgnoreCase)
    {
        "tag", "tags", "category", "categories", "author", "authors", "search", "login", "signin", "sign-in", "logout",
        "signup", "sign-up", "register", "account", "profile", "user", "users", "subscribe", "subscription", "newsletter",
        "about", "about-us", "contact", "contacts", "contact-us", "privacy", "privacy-policy", "terms", "terms-of-use",
        "cookies", "cookie-policy", "advertise", "advertising", "rss", "feed", "feeds", "wp-login.php", "wp-admin", "cart",
        "shop", "donate", "jobs", "careers", "sitemap", "editorial-policy", "team", "topics", "rubric", "rubrics",
    };

    private static readonly HashSet<string> NonArticleQueryKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "s", "q", "query", "search", "page", "paged", "replytocom", "share", "action", "tag", "cat", "author", "lang",
    };

    private static readonly string[] FileExtensions =
        [".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".avif", ".pdf", ".xml", ".rss", ".css", ".js", ".zip", ".mp3", ".mp4", ".doc", ".docx"];

    /// <summary>True for links that are never articles, whatever their position on the page.</summary>
    public static bool IsExcluded(Uri url)
    {
        var path = url.AbsolutePath;
        if (path.Length <= 1) return true; // the home page
        if (FileExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase))) return true;
        var segments = Segments(url);
        if (segments.Any(NonArticleSegments.Contains)) return true;
        if (PageSegment().IsMatch(path)) return true;
        return QueryKeys(url).Any(NonArticleQueryKeys.Contains);
    }

    /// <summary>Positive for article-looking URLs, negative for section-looking ones ("/world", "/caucasus").</summary>
    public static int Score(Uri url)
    {
        var segments = Segments(url);
        var score = 0;
        var longestSlug = segments.Select(s => SlugWords().Matches(s).Count).DefaultIfEmpty(0).Max();
        if (longestSlug >= 3) score += 3;
        else if (longestSlug == 2) score += 1;
        if (segments.Any(s => NumericId().IsMatch(s)) || QueryId().IsMatch(url.Query)) score += 2;
        if (DatePath().IsMatch(url.AbsolutePath)) score += 2;
        if (url.AbsolutePath.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || url.AbsolutePath.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)) score += 1;
        if (segments.Length == 1 && longestSlug <= 1 && !segments.Any(s => NumericId().IsMatch(s))) score -= 3;
        return score;
    }

    /// <summary>
    /// The URL with ids and slugs replaced by placeholders: "/news/{slug}", "/{n}/{n}/{n}/{slug}". Articles of one
    /// listing share a pattern; navigation links rarely do.
    /// </summary>
    public static string Pattern(Uri url)
    {
        var parts = Segments(url).Select(s =>
            s.All(char.IsAsciiDigit) ? "{n}" : SlugWords().Matches(s).Count >= 2 || NumericId().IsMatch(s) ? "{slug}" : s.ToLowerInvariant());
        return "/" + string.Join('/', parts) + (url.Query.Length > 1 ? "?" + string.Join('&', QueryKeys(url).Order(StringComparer.Ordinal)) : "");
    }

    private static string[] Segments(Uri url) =>
        url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();

    private static IEnumerable<string> QueryKeys(Uri url) =>
        url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)[0]);

    // Words of a slug: runs of letters (any script) or digits separated by '-' or '_'.
    [GeneratedRegex(@"[\p{L}\p{N}]+(?=[-_]|$|\.html?$)")]
    private static partial Regex SlugWords();

    [GeneratedRegex(@"(^|[-_])\d{4,}($|[-_.])")]
    private static partial Regex NumericId();

    [GeneratedRegex(@"(^|&|\?)(id|p|article|news_id|story|nid)=\d+", RegexOptions.IgnoreCase)]
    private static partial Regex QueryId();

    [GeneratedRegex(@"/(19|20)\d{2}/[01]?\d/")]
    private static partial Regex DatePath();

    [GeneratedRegex(@"/page/\d+/?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageSegment();
}
