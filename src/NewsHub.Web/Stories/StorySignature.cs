namespace NewsHub.Web.Stories;

/// <summary>
/// The comparable form of one article: term weights (before IDF, which changes as the archive grows), a MinHash
/// sketch for near-duplicates, its countries and time. Small enough to store per article and load by the dozen.
/// </summary>
public sealed class StorySignature
{
    /// <summary>The heaviest terms are kept; a lead and a few sentences rarely have more.</summary>
    public const int MaxTerms = 64;
    private const double TitleWeight = 2.0;
    private const double LeadWeight = 1.5;
    private const double NameBoost = 1.5;
    /// <summary>Title, lead and the opening of the body say what the story is; the rest drifts into background.</summary>
    private const int BodyTokenLimit = 100;
    /// <summary>Without a separate lead, the opening words of the body are the lead.</summary>
    private const int ImpliedLeadTokens = 35;

    public StorySignature(long articleId, DateTimeOffset publishedAt, IReadOnlyDictionary<string, float> terms,
        int[] minHash, IReadOnlyCollection<string> countries)
    {
        ArticleId = articleId;
        PublishedAt = publishedAt;
        Terms = terms;
        MinHash = minHash;
        Countries = countries;
    }

    public long ArticleId { get; }
    public DateTimeOffset PublishedAt { get; }
    /// <summary>Sublinear term frequency, title and names weighted up.</summary>
    public IReadOnlyDictionary<string, float> Terms { get; }
    public int[] MinHash { get; }
    public IReadOnlyCollection<string> Countries { get; }

    public static StorySignature Create(StoryDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var title = StoryTokenizer.Tokenize(doc.Title);
        var lead = StoryTokenizer.Tokenize(doc.Lead);
        var body = StoryTokenizer.Tokenize(doc.Body);
        if (lead.Count == 0)
        {
            lead = body.Take(ImpliedLeadTokens).ToList();
            body = body.Skip(ImpliedLeadTokens).ToList();
        }

        var raw = new Dictionary<string, double>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        void Add(List<StoryToken> tokens, double weight, int limit, bool trustCase)
        {
            foreach (var t in tokens.Take(limit))
            {
                raw[t.Term] = raw.GetValueOrDefault(t.Term) + weight;
                // Headlines are often Title Case, so capitals there prove nothing.
                if (trustCase && t.IsName) names.Add(t.Term);
            }
        }
        Add(title, TitleWeight, int.MaxValue, trustCase: false);
        Add(lead, LeadWeight, int.MaxValue, trustCase: true);
        Add(body, 1.0, BodyTokenLimit, trustCase: true);

        var terms = raw
            .Select(kv => (kv.Key, Weight: (1 + Math.Log(kv.Value)) * (names.Contains(kv.Key) ? NameBoost : 1.0)))
            .OrderByDescending(t => t.Weight).ThenBy(t => t.Key, StringComparer.Ordinal)
            .Take(MaxTerms)
            .ToDictionary(t => t.Key, t => (float)t.Weight, StringComparer.Ordinal);

        var shingleText = lead.Concat(body).Select(t => t.Term).ToList();
        var countries = doc.Countries.Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToArray();
        return new StorySignature(doc.ArticleId, doc.PublishedAt, terms, Stories.MinHash.Compute(shingleText), countries);
    }
}
