using AngleSharp.Dom;

namespace NewsHub.Web.Ingestion.Extraction;

/// <summary>
/// Reads title, byline, dates, canonical URL, language, lead image, site name and description from
/// JSON-LD, OpenGraph/meta tags and the visible page, in that order of trust. Runs on the untouched
/// document, before scripts (and so JSON-LD) are removed.
/// </summary>
internal static class MetadataReader
{
    private static readonly string[] PublishedKeys =
    [
        "article:published_time", "og:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
        "publish-date", "publish_date", "published_time", "published-date", "article.published", "article_date_original",
        "dc.date.issued", "dc.date", "dcterms.created", "dcterms.issued", "dcterms.date", "parsely-pub-date", "sailthru.date",
        "citation_publication_date", "release_date", "displaydate", "date", "original-publish-date", "datecreated",
    ];

    private static readonly string[] UpdatedKeys =
        ["article:modified_time", "og:updated_time", "datemodified", "modified_time", "last-modified", "dcterms.modified", "lastmod", "article.updated"];

    private static readonly string[] AuthorKeys = ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl"];

    public static ArticleMetadata Read(IDocument document, Uri pageUrl)
    {
        var jsonLd = JsonLdReader.Read(document);
        var meta = ReadMetaTags(document);

        var siteName = First(Meta(meta, "og:site_name"), jsonLd.Publisher, Meta(meta, "application-name"));
        var canonical = Absolute(document.QuerySelector("link[rel~='canonical' i]")?.GetAttribute("href"), pageUrl)
            ?? Absolute(Meta(meta, "og:url"), pageUrl)
            ?? Absolute(jsonLd.Url, pageUrl)
            ?? pageUrl.AbsoluteUri;

        return new ArticleMetadata(
            CanonicalUrl: canonical,
            Title: ReadTitle(document, jsonLd, meta, siteName, pageUrl),
            Byline: ReadByline(document, jsonLd, meta),
            PublishedAt: ReadPublished(document, jsonLd, meta, pageUrl),
            UpdatedAt: DateValueParser.Parse(jsonLd.DateModified) ?? UpdatedKeys.Select(k => DateValueParser.Parse(Meta(meta, k))).FirstOrDefault(d => d is not null)
                ?? DateValueParser.Parse(document.QuerySelector("[itemprop='dateModified']") is { } m ? m.GetAttribute("content") ?? m.GetAttribute("datetime") : null),
            Language: ReadLanguage(document, jsonLd, meta),
            LeadImage: Absolute(First(Meta(meta, "og:image:secure_url"), Meta(meta, "og:image"), Meta(meta, "og:image:url"), Meta(meta, "twitter:image"), Meta(meta, "twitter:image:src"), jsonLd.Image), pageUrl),
            SiteName: siteName is null ? null : ElementText.Collapse(siteName),
            Description: First(jsonLd.Description, Meta(meta, "og:description"), Meta(meta, "description"), Meta(meta, "twitter:description")) is { } d ? ElementText.Collapse(d) : null,
            JsonLdBody: jsonLd.ArticleBody);
    }

    private static Dictionary<string, string> ReadMetaTags(IDocument document)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll("meta[content]"))
        {
            var content = element.GetAttribute("content")!.Trim();
            if (content.Length == 0) continue;
            foreach (var keyAttribute in new[] { "property", "name", "itemprop", "http-equiv" })
            {
                var key = element.GetAttribute(keyAttribute)?.Trim();
                if (!string.IsNullOrEmpty(key)) meta.TryAdd(key, content);
            }
        }
        return meta;
    }

    private static string? Meta(Dictionary<string, string> meta, string key) => meta.TryGetValue(key, out var value) ? value : null;

    private static string? First(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    public static string? Absolute(string? url, Uri baseUrl)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        if (!Uri.TryCreate(baseUrl, url.Trim(), out var absolute)) return null;
        return absolute.Scheme is "http" or "https" ? absolute.AbsoluteUri : null;
    }

    private static string? ReadTitle(IDocument document, JsonLdArticle jsonLd, Dictionary<string, string> meta, string? siteName, Uri pageUrl)
    {
        var h1 = document.Body?.QuerySelectorAll("h1").Select(ElementText.Normalized).FirstOrDefault(t => t.Length > 0);
        var titleTag = document.QuerySelector("head > title, title") is { } t ? ElementText.Normalized(t) : null;
        var candidates = new[] { jsonLd.Headline, Meta(meta, "og:title"), Meta(meta, "twitter:title"), h1 }
            .Where(c => !string.IsNullOrWhiteSpace(c))
            .Select(c => TitleCleaner.StripSiteName(c!, siteName, pageUrl.Host))
            .ToList();
        if (!string.IsNullOrWhiteSpace(titleTag))
        {
            var stripped = TitleCleaner.StripSiteName(titleTag, siteName, pageUrl.Host);
            candidates.Add(stripped == ElementText.Collapse(titleTag) ? TitleCleaner.StripTrailingSection(stripped) : stripped);
        }
        if (candidates.Count == 0) return null;
        var chosen = candidates[0];
        // A shortened headline ("… talks begin amid…") gives way to the full one another source carries.
        var stem = chosen.TrimEnd('.', '…', ' ');
        foreach (var other in candidates.Skip(1))
            if (other.Length > chosen.Length && other.StartsWith(stem, StringComparison.OrdinalIgnoreCase) && stem.Length >= 10) chosen = other;
        return chosen;
    }

    private static string? ReadByline(IDocument document, JsonLdArticle jsonLd, Dictionary<string, string> meta)
    {
        if (jsonLd.Authors.Count > 0) return BylineCleaner.Clean(string.Join(", ", jsonLd.Authors.Distinct(StringComparer.Ordinal)));
        foreach (var key in AuthorKeys)
        {
            var value = Meta(meta, key);
            if (value is null || value.StartsWith("http", StringComparison.OrdinalIgnoreCase)) continue;
            if (BylineCleaner.Clean(value) is { } cleaned) return cleaned;
        }
        var body = document.Body;
        if (body is null) return null;
        foreach (var element in body.QuerySelectorAll("[rel~='author'], [itemprop~='author'], .byline, .author, .author-name, .article-author, .byline-name, .writer"))
        {
            if (element.Closest("aside, footer, figure, [class*='comment']") is not null) continue;
            var name = element.QuerySelector("[itemprop~='name']") ?? element;
            var text = ElementText.Normalized(name);
            if (text.Length is 0 or > 120) continue;
            if (BylineCleaner.Clean(text) is { } cleaned) return cleaned;
        }
        return null;
    }

    private static DateTimeOffset? ReadPublished(IDocument document, JsonLdArticle jsonLd, Dictionary<string, string> meta, Uri pageUrl)
    {
        if (DateValueParser.Parse(jsonLd.DatePublished) is { } fromJsonLd) return fromJsonLd;
        foreach (var key in PublishedKeys)
            if (DateValueParser.Parse(Meta(meta, key)) is { } fromMeta) return fromMeta;
        var body = document.Body;
        if (body is null) return null;
        if (body.QuerySelector("[itemprop~='datePublished']") is { } itemprop
            && DateValueParser.Parse(itemprop.GetAttribute("content") ?? itemprop.GetAttribute("datetime") ?? itemprop.TextContent) is { } fromItemprop)
            return fromItemprop;
        var times = body.QuerySelectorAll("time[datetime]").ToList();
        var preferred = times.FirstOrDefault(t => t.HasAttribute("pubdate")) ?? times.FirstOrDefault();
        if (preferred is not null && DateValueParser.Parse(preferred.GetAttribute("datetime")) is { } fromTime) return fromTime;
        if (DateValueParser.FromUrl(pageUrl) is { } fromUrl) return fromUrl;
        foreach (var element in body.QuerySelectorAll("time, [class*='date' i], [class*='time' i], [class*='publish' i], [class*='posted' i], [class*='meta' i], [id*='date' i]"))
        {
            var text = ElementText.Normalized(element);
            if (text.Length is < 6 or > 80) continue;
            if (DateValueParser.FindInText(text) is { } visible) return visible;
        }
        return null;
    }

    private static string? ReadLanguage(IDocument document, JsonLdArticle jsonLd, Dictionary<string, string> meta)
    {
        var value = First(document.DocumentElement?.GetAttribute("lang"), document.DocumentElement?.GetAttribute("xml:lang"),
            Meta(meta, "content-language"), Meta(meta, "language"), Meta(meta, "og:locale"), jsonLd.Language);
        if (value is null) return null;
        var language = value.Trim().Replace('_', '-');
        var comma = language.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0) language = language[..comma].Trim();
        return language.Length is >= 2 and <= 20 ? language : null;
    }
}
