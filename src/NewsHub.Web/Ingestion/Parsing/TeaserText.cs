using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsHub.Web.Ingestion.Parsing;

/// <summary>Finds the teaser block around an article link and reads its title and summary.</summary>
internal static partial class TeaserText
{
    public const int MaxBlockDepth = 6;

    /// <summary>
    /// The largest ancestor of <paramref name="anchor"/> (up to a few levels) that holds no other article's link:
    /// the card, list item or result block the teaser lives in.
    /// </summary>
    public static IElement BlockOf(IElement anchor, Func<IElement, bool> holdsAnotherArticle)
    {
        var block = anchor;
        for (var depth = 0; depth < MaxBlockDepth; depth++)
        {
            var parent = block.ParentElement;
            if (parent is null || parent.LocalName is "body" or "html" or "main" || holdsAnotherArticle(parent)) break;
            block = parent;
        }
        return block;
    }

    /// <summary>
    /// For each near ancestor of the given article links: the one article key found under it, or null when there are
    /// several. Computed once per page, so finding each teaser's block does not rescan the page.
    /// </summary>
    public static Dictionary<IElement, string?> ArticleKeysUnder(IEnumerable<(IElement Anchor, string Key)> links)
    {
        var under = new Dictionary<IElement, string?>(ReferenceEqualityComparer.Instance);
        foreach (var (anchor, key) in links)
            foreach (var ancestor in ArticleLinkFinder.Ancestors(anchor, MaxBlockDepth + 1))
                under[ancestor] = under.TryGetValue(ancestor, out var found) && found != key ? null : key;
        return under;
    }

    public static string? TitleIn(IElement block, IElement anchor)
    {
        if (DomWalk.ClosestHeading(anchor) is { } heading && Normalize(heading.TextContent) is { } headingText) return headingText;
        var anchorText = Normalize(anchor.TextContent);
        if (anchorText is not null && WordCount(anchorText) >= 2 && !IsGeneric(anchorText)) return anchorText;
        var descendants = DomWalk.Descendants(block).ToList();
        if (descendants.FirstOrDefault(DomWalk.IsHeading) is { } blockHeading && Normalize(blockHeading.TextContent) is { } blockHeadingText) return blockHeadingText;
        if (descendants.FirstOrDefault(e => ClassContains(e, "title")) is { } titled && Normalize(titled.TextContent) is { } titledText) return titledText;
        return Normalize(anchor.GetAttribute("title")) ?? Normalize(anchor.QuerySelector("img[alt]")?.GetAttribute("alt")) ?? anchorText;
    }

    public static string? SummaryIn(IElement block, string? title)
    {
        var descendants = DomWalk.Descendants(block).ToList();
        foreach (var candidate in descendants.Where(e => e.LocalName == "p" || SummaryClass().IsMatch(e.ClassName ?? "")))
        {
            if (DomWalk.Descendants(candidate).Any(DomWalk.IsHeading) || DomWalk.ClosestHeading(candidate) is not null) continue;
            if (MetaClass().IsMatch(candidate.ClassName ?? "")) continue;
            var text = Normalize(candidate.TextContent);
            if (text is null || text.Length < 25 || text == title || (title is not null && text.StartsWith(title, StringComparison.Ordinal) && text.Length < title.Length + 25)) continue;
            return text;
        }
        // Unclassed markup ("<div>Summary…</div>" beside the heading): a text-only element of some length.
        return descendants.Where(e => e.LocalName is "div" or "span" or "td"
                && !DomWalk.Descendants(e).Any(d => d.LocalName is "a" or "div" || DomWalk.IsHeading(d)))
            .Select(e => Normalize(e.TextContent))
            .FirstOrDefault(t => t is not null && t.Length >= 40 && t != title);
    }

    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var normalized = Whitespace().Replace(text, " ").Trim();
        return normalized.Length == 0 ? null : normalized;
    }

    public static int WordCount(string? text) =>
        text is null ? 0 : text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));

    /// <summary>"Read more", "Continue reading" and the like: link text that is not a title.</summary>
    public static bool IsGeneric(string text) => GenericLinkText().IsMatch(text);

    [GeneratedRegex(@"[\s\u00A0]+")]
    private static partial Regex Whitespace();

    private static bool ClassContains(IElement e, string value) =>
        (e.ClassName ?? "").Contains(value, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("desc|summary|excerpt|lead|intro|standfirst|snippet|text", RegexOptions.IgnoreCase)]
    private static partial Regex SummaryClass();

    [GeneratedRegex(@"date|time|meta|byline|author|categor|tag|read-?more|comments?-count", RegexOptions.IgnoreCase)]
    private static partial Regex MetaClass();

    [GeneratedRegex(@"^(read|continue|learn|see|view)( reading| more| the (full )?(article|story))?\W*$|^more\W*$|^подробнее\W*$|^читать( далее| дальше)?\W*$|^devamı\W*$|^davamı\W*$|^ətraflı\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericLinkText();
}
