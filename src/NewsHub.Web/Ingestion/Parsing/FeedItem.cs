namespace NewsHub.Web.Ingestion.Parsing;

/// <summary>
/// One feed entry. <see cref="Url"/> and <see cref="ImageUrl"/> are absolute (resolved, not canonicalised).
/// <see cref="Title"/> and <see cref="Author"/> are plain text; the two HTML fields are the feed's raw, unsanitized HTML.
/// <see cref="Guid"/> is never empty: the feed's id, else the link, else a hash of title and date.
/// </summary>
public sealed record FeedItem(
    string Url,
    string Guid,
    string? Title,
    string? SummaryHtml,
    string? ContentHtml,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? UpdatedAt,
    string? Author,
    string? ImageUrl);
