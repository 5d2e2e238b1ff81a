using NpgsqlTypes;

namespace NewsHub.Web.Model;

public enum ArticleStatus { Published = 0, Hidden = 1, Unpublished = 2 }

/// <summary>One story as one outlet told it. Unique by canonical URL.</summary>
public class Article
{
    public long Id { get; set; }
    public int SourceId { get; set; }
    public Source? Source { get; set; }
    /// <summary>Canonical, normalised URL: the identity of the article.</summary>
    public required string Url { get; set; }
    public required string Title { get; set; }
    public required string Slug { get; set; }
    public string? Byline { get; set; }
    public string? Summary { get; set; }
    /// <summary>Sanitized HTML; the only body field the views may render as HTML.</summary>
    public string BodyHtml { get; set; } = "";
    public string BodyText { get; set; } = "";
    public string? LeadImageUrl { get; set; }
    public string? Language { get; set; }
    public string? SiteName { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
    public DateTimeOffset FetchedAt { get; set; }
    /// <summary>SHA-256 of the normalised body text: finds the same body under a second URL.</summary>
    public string? ContentHash { get; set; }
    public ArticleStatus Status { get; set; }
    public long? StoryClusterId { get; set; }
    public StoryCluster? StoryCluster { get; set; }
    /// <summary>An editor placed the article in its cluster; re-clustering leaves it there.</summary>
    public bool ClusterLockedByEditor { get; set; }
    public bool CommentsClosed { get; set; }
    public bool PreModerateComments { get; set; }
    public int CommentCount { get; set; }
    /// <summary>Maintained by PostgreSQL (generated column): title A, summary B, body C.</summary>
    public NpgsqlTsVector? SearchVector { get; set; }

    public List<ArticleCountry> Countries { get; set; } = [];
    public List<ArticleRegion> Regions { get; set; } = [];
    public List<Comment> Comments { get; set; } = [];
}

/// <summary>A second URL whose content is an article already stored.</summary>
public class ArticleAlias
{
    public required string Url { get; set; }
    public long ArticleId { get; set; }
    public Article? Article { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
