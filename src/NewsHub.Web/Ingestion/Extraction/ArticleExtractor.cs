using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsHub.Web.Ingestion.Cleaning;
using NewsHub.Web.Model;

namespace NewsHub.Web.Ingestion.Extraction;

/// <summary>
/// Reads an article page: metadata first (from the untouched page), then the body, found by
/// per-source selectors when given and otherwise by scoring, cleaned of page furniture, and
/// returned as plain text and sanitized HTML. Pure and thread-safe.
/// </summary>
public sealed class ArticleExtractor
{
    private readonly HtmlSanitizer _sanitizer;

    public ArticleExtractor(HtmlSanitizer sanitizer) => _sanitizer = sanitizer;

    public ArticleExtractor() : this(new HtmlSanitizer()) { }

    public ExtractedArticle Extract(string html, Uri pageUrl, SourceSelectors? selectors = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(pageUrl);
        if (!pageUrl.IsAbsoluteUri) throw new ArgumentException($"the page URL must be absolute, got '{pageUrl}'", nameof(pageUrl));

        var document = new HtmlParser().ParseDocument(html);
        var metadata = MetadataReader.Read(document, pageUrl);
        var overrides = new SelectorOverrides(selectors);
        DocumentPreparer.Prepare(document);
        overrides.RemoveUnwanted(document);

        var title = overrides.Title(document) ?? metadata.Title;
        var content = overrides.Body(document) ?? BodyFinder.Find(document, title, metadata.JsonLdBody);
        var text = content is null ? "" : BodyText.Write(content, title);
        var body = content is null ? "" : _sanitizer.Sanitize(content, new Uri(metadata.CanonicalUrl));

        return new ExtractedArticle(
            Url: metadata.CanonicalUrl,
            Title: title,
            Byline: overrides.Byline(document) ?? metadata.Byline,
            PublishedAt: overrides.Date(document) ?? metadata.PublishedAt,
            UpdatedAt: metadata.UpdatedAt,
            Language: metadata.Language,
            LeadImage: metadata.LeadImage ?? FirstBigImage(content, pageUrl),
            SiteName: metadata.SiteName,
            Description: metadata.Description,
            Text: text,
            Html: body);
    }

    /// <summary>
    /// A full-content feed item: its HTML already is the article body, so the page-level work — metadata, and the
    /// readability search for the body over cloned copies of the page — has nothing to find. What a page body gets
    /// still happens: non-content markup and hidden blocks removed, page furniture pruned (share, related, newsletter…),
    /// text written and HTML sanitized. About a third of the full extraction's cost on a typical item.
    /// </summary>
    /// <param name="selectors">The source's removal rules apply as on its pages; body and title selectors are page-only.</param>
    public ExtractedArticle ExtractFeedContent(string contentHtml, string? title, Uri itemUrl, SourceSelectors? selectors = null)
    {
        ArgumentNullException.ThrowIfNull(contentHtml);
        ArgumentNullException.ThrowIfNull(itemUrl);
        if (!itemUrl.IsAbsoluteUri) throw new ArgumentException($"the item URL must be absolute, got '{itemUrl}'", nameof(itemUrl));

        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var content = document.CreateElement("div");
        content.InnerHtml = contentHtml;
        document.Body!.AppendChild(content);
        DocumentPreparer.Prepare(document);
        new SelectorOverrides(selectors).RemoveUnwanted(document);
        BoilerplatePruner.Prune(content);
        var text = BodyText.Write(content, title);
        return new ExtractedArticle(
            Url: itemUrl.AbsoluteUri, Title: string.IsNullOrWhiteSpace(title) ? null : title.Trim(), Byline: null, PublishedAt: null, UpdatedAt: null,
            Language: null, LeadImage: FirstBigImage(content, itemUrl), SiteName: null, Description: null,
            Text: text, Html: text.Length == 0 ? "" : _sanitizer.Sanitize(content, itemUrl));
    }

    /// <summary>The first body image that is not an icon (declared at least 200 px wide, or of unknown size).</summary>
    private static string? FirstBigImage(IElement? content, Uri pageUrl)
    {
        if (content is null) return null;
        foreach (var image in content.GetElementsByTagName("img"))
        {
            if (int.TryParse(image.GetAttribute("width"), out var width) && width < 200) continue;
            if (MetadataReader.Absolute(image.GetAttribute("src"), pageUrl) is { } src) return src;
        }
        return null;
    }
}
