namespace NewsHub.Web.Stories;

/// <summary>What the clusterer reads of an article. Countries are ISO codes from tagging, empty when not tagged yet.</summary>
public sealed record StoryDocument(
    long ArticleId,
    DateTimeOffset PublishedAt,
    string Title,
    string? Lead,
    string? Body,
    IReadOnlyCollection<string> Countries);
