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
        var termIds = new StoryTermIds();
        return Score(a, b, apart, StoryTermVector.Create(a.Terms, idf, termIds).Cosine(StoryTermVector.Create(b.Terms, idf, termIds)));
    }

    /// <summary>
    /// The batch path: the same decision from term vectors built once per article (<see cref="StoryTermVector"/>, one
    /// <see cref="StoryTermIds"/> for both), so a comparison allocates nothing and looks nothing up by string.
    /// </summary>
    internal StoryMatch Compare(StorySignature a, StoryTermVector aTerms, StorySignature b, StoryTermVector bTerms)
    {
        var apart = (a.PublishedAt - b.PublishedAt).Duration();
        if (apart > options.CandidateWindow) return new(0, 0, 0, false);
        return Score(a, b, apart, aTerms.Cosine(bTerms));
    }

    private StoryMatch Score(StorySignature a, StorySignature b, TimeSpan apart, double cosine)
    {
        var nearDuplicate = MinHash.Similarity(a.MinHash, b.MinHash);

        var score = cosine;
        if (a.Countries.Count > 0 && b.Countries.Count > 0)
            score = SharesCountry(a.Countries, b.Countries) ? score + SharedCountryBonus : score * DisjointCountryFactor;
        score *= 1 - DecayPerDay * Math.Max(0, apart.TotalDays - 1);
        score = Math.Max(score, nearDuplicate);

        var same = nearDuplicate >= options.NearDuplicateThreshold || score >= options.SameStoryThreshold;
        return new(score, cosine, nearDuplicate, same);
    }

    private static bool SharesCountry(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b)
    {
        foreach (var x in a)
            foreach (var y in b)
                if (string.Equals(x, y, StringComparison.Ordinal)) return true;
        return false;
    }
}
