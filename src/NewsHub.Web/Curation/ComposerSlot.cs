namespace NewsHub.Web.Curation;

/// <summary>One draft slot as the composer lists it: the placement and the article's own headline beside the override.</summary>
public sealed record ComposerSlot(
    long Id, string Section, int Position, long ArticleId, string ArticleTitle, string? ArticleSummary, string SourceName,
    string? HeadlineOverride, string? SummaryOverride, DateTimeOffset? ExpiresAt, bool Expired, bool ArticlePublished);
