namespace NewsHub.Web.Ingestion;

/// <summary>
/// An article a source pointed at, with what the feed, listing or sitemap said about it.
/// The teaser title may be truncated ("…"); the page's own title replaces it.
/// </summary>
public sealed record Candidate(string Url, string? TeaserTitle, string? TeaserSummary, DateTimeOffset? PublishedAt,
    string? ImageUrl, string? Author, string? ContentHtml);
