namespace NewsHub.Web.Model;

/// <summary>One story told by several outlets; readers see it once, with "N sources".</summary>
public class StoryCluster
{
    public long Id { get; set; }
    public long? LeadArticleId { get; set; }
    public int ArticleCount { get; set; }
    public int SourceCount { get; set; }
    public DateTimeOffset FirstPublishedAt { get; set; }
    public DateTimeOffset LastPublishedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<Article> Articles { get; set; } = [];
}
