namespace NewsHub.Web.Ingestion.Extraction;

/// <summary>
/// An article as read from its page: <paramref name="Url"/> is the canonical absolute URL, times are
/// UTC, <paramref name="Text"/> is the body as plain text (one line per block) and
/// <paramref name="Html"/> the same body as sanitized HTML.
/// </summary>
public sealed record ExtractedArticle(
    string Url,
    string? Title,
    string? Byline,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? UpdatedAt,
    string? Language,
    string? LeadImage,
    string? SiteName,
    string? Description,
    string Text,
    string Html);
