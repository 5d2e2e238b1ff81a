namespace NewsHub.Web.Ingestion.Parsing;

/// <summary>
/// One &lt;url&gt; of a sitemap. The News fields come from a Google News &lt;news:news&gt; block and are null in
/// ordinary sitemaps; <see cref="NewsTitle"/> is plain text.
/// </summary>
public sealed record SitemapEntry(
    string Url,
    DateTimeOffset? LastModified,
    string? NewsTitle = null,
    DateTimeOffset? NewsPublishedAt = null,
    string? NewsLanguage = null,
    string? PublicationName = null,
    string? ImageUrl = null);
