using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsHub.Web.Ingestion.Extraction;

/// <summary>
/// The class/id vocabulary of content management systems: words that mark article text and words
/// that mark page chrome. Substring patterns follow the readability tradition; whole-token
/// patterns are used where a substring would hit ordinary words ("ad" in "header", "share" in "shareholders").
/// </summary>
internal static partial class ClassVocabulary
{
    [GeneratedRegex(@"-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex UnlikelyCandidate();

    [GeneratedRegex(@"and|article|body|column|content|main|mathjax|shadow", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex MaybeCandidate();

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Positive();

    [GeneratedRegex(@"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Negative();

    [GeneratedRegex(@"byline|author|dateline|writtenby|p-author", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Byline();

    [GeneratedRegex(@"(\b|_)(share|sharedaddy)(\b|_)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ShareElement();

    [GeneratedRegex(@"^\s*(advertisements?|advertising|anzeige|publicité|publicidad|pub|werbung|реклама|sponsored( content)?|loading\W*|загрузка\W*)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex AdOrLoadingWords();

    /// <summary>Whole class/id tokens that mark boilerplate inside an article body.</summary>
    public static readonly HashSet<string> BoilerplateTokens = new(StringComparer.OrdinalIgnoreCase)
    {
        "related", "recirc", "recirculation", "promo", "promotion", "newsletter", "newsletters", "share", "sharing", "sharedaddy",
        "social", "subscribe", "subscription", "tags", "tag", "breadcrumb", "breadcrumbs", "byline", "dateline", "timestamp",
        "advert", "advertisement", "ads", "ad", "sponsor", "sponsored", "outbrain", "taboola", "trending", "comment", "comments",
        "disqus", "signup", "popular", "readmore", "more", "recommended", "recommendations", "teaser", "toolbar", "meta", "author",
        "widget", "banner", "donate", "paywall", "cookie", "consent", "print", "pagination", "pager", "nav", "navigation", "menu",
        "sidebar", "rail", "footer",
    };

    /// <summary>Whole class/id tokens that mark image captions and credits.</summary>
    public static readonly HashSet<string> CaptionTokens = new(StringComparer.OrdinalIgnoreCase)
    {
        "caption", "captions", "credit", "credits", "figcaption", "wp-caption-text", "image-caption", "photo-caption",
        "img-caption", "media-caption", "caption-text", "photo-credit", "image-credit",
    };

    /// <summary>Class and id split into tokens on spaces, '-' and '_' ("c-article__body" gives c, article, body).</summary>
    public static IEnumerable<string> Tokens(IElement element)
    {
        var hint = element.ClassName + " " + element.Id;
        foreach (var token in hint.Split([' ', '\t', '\n', '-', '_'], StringSplitOptions.RemoveEmptyEntries)) yield return token;
    }

    /// <summary>Raw class and id tokens (split on whitespace only), for compound names like wp-caption-text.</summary>
    public static IEnumerable<string> RawTokens(IElement element)
    {
        var hint = element.ClassName + " " + element.Id;
        foreach (var token in hint.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries)) yield return token;
    }

    public static string Hint(IElement element) => element.ClassName + " " + element.Id;

    /// <summary>Readability's class weight: ±25 for the class name and again for the id.</summary>
    public static int Weight(IElement element)
    {
        var weight = 0;
        var className = element.ClassName;
        if (!string.IsNullOrEmpty(className))
        {
            if (Negative().IsMatch(className)) weight -= 25;
            if (Positive().IsMatch(className)) weight += 25;
        }
        var id = element.Id;
        if (!string.IsNullOrEmpty(id))
        {
            if (Negative().IsMatch(id)) weight -= 25;
            if (Positive().IsMatch(id)) weight += 25;
        }
        return weight;
    }
}
