namespace NewsHub.Web.Stories;

/// <summary>
/// Decides whether two articles tell the same story. Evidence, strongest first: the texts are near-duplicates
/// (MinHash); their distinctive words agree (TF-IDF cosine over title, lead and opening, with names and figures
/// weighted up); tagged countries agree or conflict. Articles outside the time window never match.
/// </summary>
public sealed class StorySimilarity(StoryClusteringOptions options)
{
    /// <summary>Tagged countries that overlap nudge a borderline pair over; disjoint ones mean different events.</summary>
    private const double SharedCountryBonus = 0.05;
    private const double DisjointCountryFactor = 0.5;
    /// <summary>Beyond the first day apart, each day costs this share of the score: a later article must agree more.</summary>
    private const double DecayPerDay = 0.08;

    public StoryMatch Compare(StorySignature a, StorySignature b, TermDocumentFrequencies frequencies)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(frequencies);
        return Compare(a, b, frequencies.Idf(a.Terms.Keys.Concat(b.Terms.Keys)));
    }

    /// <param name="idf">IDF of at least every term of both signatures (a batch computes it once for all its comparisons).</param>
    public StoryMatch Compare(StorySignature a, StorySignature b, IReadOnlyDictionary<string, double> idf)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(idf);
        var apart = (a.PublishedAt - b.PublishedAt).Duration();
        if (apart > options.CandidateWindow) return new(0, 0, 0, false);

        var cosine = Cosine(a.Terms, b.Terms, idf);
        var nearDuplicate = MinHash.Similarity(a.MinHash, b.MinHash);

        var score = cosine;
        if (a.Countries.Count > 0 && b.Countries.Count > 0)
            score = a.Countries.Intersect(b.Countries, StringComparer.Ordinal).Any() ? score + SharedCountryBonus : score * DisjointCountryFactor;
        score *= 1 - DecayPerDay * Math.Max(0, apart.TotalDays - 1);
        score = Math.Max(score, nearDuplicate);

        var same = nearDuplicate >= options.NearDuplicateThreshold || score >= options.SameStoryThreshold;
        return new(score, cosine, nearDuplicate, same);
    }

    private static double Cosine(IReadOnlyDictionary<string, float> a, IReadOnlyDictionary<string, float> b, IReadOnlyDictionary<string, double> idf)
    {
        double dot = 0, na = 0, nb = 0;
        foreach (var (term, w) in a)
        {
            var x = w * idf[term];
            na += x * x;
            if (b.TryGetValue(term, out var wb)) dot += x * wb * idf[term];
        }
        foreach (var (term, w) in b)
        {
            var y = w * idf[term];
            nb += y * y;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }
}
