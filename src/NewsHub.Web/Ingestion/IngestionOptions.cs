using System.ComponentModel.DataAnnotations;

namespace NewsHub.Web.Ingestion;

/// <summary>Section "NewsHub:Ingestion": how the scrapers pace themselves.</summary>
public sealed class IngestionOptions
{
    public const string Section = "NewsHub:Ingestion";

    /// <summary>Sources processed at once by one process.</summary>
    [Range(1, 64)] public int Workers { get; set; } = 4;
    /// <summary>How often a worker looks for due sources.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>How long a leased source belongs to one worker; a crashed worker's lease expires after this.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(10);
    /// <summary>New articles fetched per source and pass; the rest wait for the next pass.</summary>
    [Range(1, 10000)] public int MaxArticlesPerPass { get; set; } = 200;
    /// <summary>
    /// Candidates of one pass fetched and extracted at once (the fetcher's per-host politeness still applies, so on a
    /// polite host this mostly overlaps extraction with the next download).
    /// </summary>
    [Range(1, 64)] public int ArticleConcurrency { get; set; } = 4;
    /// <summary>New articles stored, tagged and clustered together: one insert, one clustering lock per batch.</summary>
    [Range(1, 1000)] public int BatchSize { get; set; } = 50;
    /// <summary>First retry delay after a failed pass; it doubles with each consecutive failure…</summary>
    public TimeSpan ErrorBackoff { get; set; } = TimeSpan.FromMinutes(2);
    /// <summary>…up to this, so a dead source is still retried a few times a day and recovers by itself.</summary>
    public TimeSpan MaxErrorBackoff { get; set; } = TimeSpan.FromHours(6);
    /// <summary>A feed item whose content has at least this many characters of text is stored without fetching the page.</summary>
    [Range(0, 100000)] public int FullContentMinChars { get; set; } = 600;
    /// <summary>Child sitemaps followed from a sitemap index per pass.</summary>
    [Range(0, 100)] public int MaxChildSitemaps { get; set; } = 3;
}
