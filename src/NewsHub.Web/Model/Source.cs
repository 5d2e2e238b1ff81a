namespace NewsHub.Web.Model;

public enum SourceKind { Feed = 0, Listing = 1, Sitemap = 2 }

/// <summary>A site NewsHub polls: a feed, an HTML listing page or a news sitemap.</summary>
public class Source
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public SourceKind Kind { get; set; }
    public required string Url { get; set; }
    public string? SiteUrl { get; set; }
    public bool Enabled { get; set; } = true;
    public int PollIntervalMinutes { get; set; } = 30;
    /// <summary>Hint for tagging, never an override (ISO 3166-1 alpha-2).</summary>
    public string? DefaultCountryCode { get; set; }
    public string? DefaultRegionSlug { get; set; }
    public string? Language { get; set; }
    /// <summary>How many listing pages a pass may follow.</summary>
    public int PageLimit { get; set; } = 3;
    public SourceSelectors Selectors { get; set; } = new();
    /// <summary>Comments on this source's articles wait for a moderator.</summary>
    public bool PreModerateComments { get; set; }

    // Health, written by the scheduler after every pass.
    public DateTimeOffset? LastAttemptAt { get; set; }
    public DateTimeOffset? LastSuccessAt { get; set; }
    public int ConsecutiveErrors { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }

    // Lease: which worker owns the source right now (FOR UPDATE SKIP LOCKED + expiry).
    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseExpiresAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public List<Article> Articles { get; set; } = [];
}

/// <summary>Optional CSS selectors that override generic extraction for one source.</summary>
public class SourceSelectors
{
    public string? ArticleLinks { get; set; }
    public string? Title { get; set; }
    public string? Body { get; set; }
    public string? Date { get; set; }
    public string? Byline { get; set; }
    public string? Remove { get; set; }
}
