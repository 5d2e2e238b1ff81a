namespace NewsHub.Web.Model;

/// <summary>One scraper pass over one source: what it found and what went wrong.</summary>
public class IngestionRun
{
    public long Id { get; set; }
    public int SourceId { get; set; }
    public Source? Source { get; set; }
    public required string Worker { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public int Discovered { get; set; }
    public int New { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int Failed { get; set; }
    /// <summary>One line per failure: URL and reason.</summary>
    public string[] Errors { get; set; } = [];
    public bool Succeeded { get; set; }
    public long DurationMs { get; set; }
}

/// <summary>Conditional-GET state per fetched URL (ETag, Last-Modified).</summary>
public class HttpCacheEntry
{
    public required string Url { get; set; }
    public string? ETag { get; set; }
    public string? LastModified { get; set; }
    public DateTimeOffset FetchedAt { get; set; }
}

/// <summary>ASP.NET Core data-protection key, shared by every web instance through PostgreSQL.</summary>
public class DataProtectionKey
{
    public int Id { get; set; }
    public string? FriendlyName { get; set; }
    public string? Xml { get; set; }
}

/// <summary>Editor's merge/split of story clusters, replayed so re-clustering keeps them.</summary>
public class ClusterOperation
{
    public long Id { get; set; }
    public required string Kind { get; set; }
    public long ArticleId { get; set; }
    public long? TargetClusterId { get; set; }
    public required string ActorId { get; set; }
    public DateTimeOffset At { get; set; }
}
