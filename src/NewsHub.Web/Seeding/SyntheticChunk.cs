namespace NewsHub.Web.Seeding;

/// <summary>One unit of the synthetic corpus: whole story clusters with their articles, tags and comments, ids assigned.</summary>
public sealed class SyntheticChunk
{
    public List<ClusterRow> Clusters { get; } = [];
    public List<ArticleRow> Articles { get; } = [];
    public List<CountryTagRow> Countries { get; } = [];
    public List<RegionTagRow> Regions { get; } = [];
    public List<CommentRow> Comments { get; } = [];

    public sealed record ClusterRow(long Id, long LeadArticleId, int ArticleCount, int SourceCount, DateTimeOffset First, DateTimeOffset Last);

    public sealed record ArticleRow(long Id, int SourceId, string SourceName, string Url, string Title, string Slug, string Byline, string Summary,
        string BodyHtml, string BodyText, DateTimeOffset PublishedAt, string ContentHash, long ClusterId, int CommentCount);

    public sealed record CountryTagRow(long ArticleId, string Code, double Score, bool IsPrimary, string Evidence);

    public sealed record RegionTagRow(long ArticleId, string Slug, double Score, bool IsPrimary);

    public sealed record CommentRow(long Id, long ArticleId, long? ParentId, int Depth, string AuthorId, string Body, string BodyHtml, DateTimeOffset CreatedAt);
}
