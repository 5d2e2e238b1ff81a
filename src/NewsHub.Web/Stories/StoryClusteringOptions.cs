using System.ComponentModel.DataAnnotations;

namespace NewsHub.Web.Stories;

/// <summary>Configuration section NewsHub:Stories. The thresholds were set on the labelled pair set in the tests.</summary>
public sealed class StoryClusteringOptions
{
    public const string Section = "NewsHub:Stories";

    /// <summary>Articles further apart than this are never one story; also bounds the candidate lookup.</summary>
    public TimeSpan CandidateWindow { get; set; } = TimeSpan.FromDays(3);

    /// <summary>TF-IDF cosine (with country evidence) at which two articles tell the same story.</summary>
    [Range(0.01, 1.0)]
    public double SameStoryThreshold { get; set; } = 0.30;

    /// <summary>Estimated shingle Jaccard at which two texts are one text reprinted.</summary>
    [Range(0.05, 1.0)]
    public double NearDuplicateThreshold { get; set; } = 0.5;

    /// <summary>How many of an article's most distinctive terms are looked up in the term index.</summary>
    [Range(1, 64)]
    public int IndexedTerms { get; set; } = 12;

    /// <summary>The most articles scored in full per assignment (those sharing most indexed terms).</summary>
    [Range(1, 10_000)]
    public int MaxCandidates { get; set; } = 60;

    /// <summary>
    /// How long a batch may wait for the clustering lock. Waiting is queueing behind other batches, not a stuck query,
    /// so it is not bound by the 30 s command timeout: on a loaded 2-core machine a batch once waited longer than that
    /// and its whole pass failed, leaving its stored articles unclustered.
    /// </summary>
    public TimeSpan LockWaitTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How far back start-up reads stored signatures to learn document frequencies.</summary>
    public TimeSpan FrequencyWarmUp { get; set; } = TimeSpan.FromDays(7);
}
