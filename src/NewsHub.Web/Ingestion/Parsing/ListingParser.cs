using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsHub.Web.Ingestion.Parsing;

/// <summary>
/// Finds article links and the next page on an HTML listing page (section, tag, archive or search results).
/// With a per-source CSS selector the selector decides which links are articles; without one
/// <see cref="ArticleLinkFinder"/> scores links by URL shape, position and repetition. Thread-safe: each call
/// uses its own AngleSharp parser. The caller enforces how many pages it follows.
/// </summary>
public sealed class ListingParser
{
    /// <param name="articleLinkSelector">CSS selector matching article links, or teaser blocks containing one.</param>
    /// <exception cref="ArgumentException">The selector is not valid CSS.</exception>
    public ListingPage Parse(string html, Uri pageUrl, string? articleLinkSelector)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(pageUrl);
        if (!pageUrl.IsAbsoluteUri) throw new ArgumentException("The page URL must be absolute.", nameof(pageUrl));

        using var document = new HtmlParser().ParseDocument(html);
        var page = new ListingDocument(document, pageUrl);
        var links = string.IsNullOrWhiteSpace(articleLinkSelector)
            ? ArticleLinkFinder.Find(page)
            : SelectLinks(page, articleLinkSelector);
        return new ListingPage(links, PaginationFinder.FindNext(page));
    }

    private static List<ListingLink> SelectLinks(ListingDocument page, string selector)
    {
        IHtmlCollection<IElement> matches;
        try
        {
            matches = page.Document.QuerySelectorAll(selector);
        }
        catch (DomException ex)
        {
            throw new ArgumentException($"The article link selector \"{selector}\" is not valid CSS: {ex.Message}", nameof(selector), ex);
        }

        var selected = new List<(IElement Match, IElement Anchor, ResolvedLink Link)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var match in matches)
        {
            var anchor = match.LocalName == "a" && match.HasAttribute("href")
                ? match
                : match.QuerySelector("h1 a[href], h2 a[href], h3 a[href], h4 a[href]") ?? match.QuerySelector("a[href]");
            if (anchor is not null && page.Resolve(anchor) is { } link && !page.IsListingItself(link) && seen.Add(link.Key))
                selected.Add((match, anchor, link));
        }

        // A selected link's teaser block stops below any element that also holds another selected link.
        var articleUnder = TeaserText.ArticleKeysUnder(selected.Select(s => (s.Anchor, s.Link.Key)));
        var links = new List<ListingLink>();
        foreach (var (match, anchor, link) in selected)
        {
            var block = ReferenceEquals(anchor, match)
                ? TeaserText.BlockOf(anchor, parent => articleUnder.TryGetValue(parent, out var only) && only != link.Key)
                : match;
            var title = TeaserText.TitleIn(block, anchor);
            links.Add(new ListingLink(link.Url, title, TeaserText.SummaryIn(block, title)));
        }
        return links;
    }
}
