namespace NewsHub.Web.Ingestion.Extraction;

/// <summary>What the page says about itself, read before the body is cut out.</summary>
internal sealed record ArticleMetadata(
    string CanonicalUrl,
    string? Title,
    string? Byline,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? UpdatedAt,
    string? Language,
    string? LeadImage,
    string? SiteName,
    string? Description,
    string? JsonLdBody);
