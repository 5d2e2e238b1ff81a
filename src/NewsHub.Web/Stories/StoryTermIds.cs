namespace NewsHub.Web.Stories;

/// <summary>
/// Small integer ids for terms, assigned on first sight, and the term of each id. One table is shared by every vector
/// that is compared with another (the clusterer keeps one for the process). Thread-safe.
/// </summary>
internal sealed class StoryTermIds
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<string> terms = [];
    private readonly Lock gate = new();

    public int Count { get { lock (gate) return terms.Count; } }

    public int Of(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        lock (gate)
        {
            if (ids.TryGetValue(term, out var id)) return id;
            id = terms.Count;
            ids.Add(term, id);
            terms.Add(term);
            return id;
        }
    }

    public string Term(int id)
    {
        lock (gate) return id >= 0 && id < terms.Count ? terms[id] : throw new ArgumentOutOfRangeException(nameof(id), id, "No term has this id.");
    }
}
