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
