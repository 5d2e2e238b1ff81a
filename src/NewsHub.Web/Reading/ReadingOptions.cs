using System.ComponentModel.DataAnnotations;

namespace NewsHub.Web.Reading;

/// <summary>Reader pages, section "NewsHub:Reading". Validated at start-up.</summary>
public sealed class ReadingOptions
{
    public const string Section = "NewsHub:Reading";

    /// <summary>
    /// How long the data of a reader page may be reused by requests the output cache does not answer (zero: never).
    /// A content change drops it at once; this bounds only the staleness of relative times and comment counts.
    /// </summary>
    public TimeSpan DataCacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Page data entries kept at most. Articles are the many ones and carry their body (a few to a few tens of KB), so
    /// 2,000 keeps this cache to tens of MB; compaction drops a quarter, the least recently used first.
    /// </summary>
    [Range(100, 1_000_000)] public int DataCacheEntries { get; set; } = 2_000;
}
