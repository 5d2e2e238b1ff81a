namespace NewsHub.Web.Stories;

/// <summary>
/// How many articles use each term, for the IDF half of TF-IDF: "Kazakhstan" in a Central Asian archive says
/// little, "Pütürge" says a lot. Thread-safe; the clusterer feeds it every signature it stores, so the weights follow
/// what the archive is currently writing about.
/// </summary>
public sealed class TermDocumentFrequencies
{
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private int documents;

    public int Documents { get { lock (gate) return documents; } }

    public void Observe(IEnumerable<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        lock (gate)
        {
            documents++;
            foreach (var t in terms) counts[t] = counts.GetValueOrDefault(t) + 1;
        }
    }

    /// <summary>Smoothed IDF, at least 1 so that a term every article shares still counts a little.</summary>
    public double Idf(string term)
    {
        lock (gate) return Math.Log((documents + 1.0) / (counts.GetValueOrDefault(term) + 1.0)) + 1.0;
    }

    public Dictionary<string, double> Idf(IEnumerable<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        // Deduplicated outside the lock: a clustering batch asks for the terms of thousands of signatures at once, and
        // every worker of the process shares this table.
        var distinct = terms is HashSet<string> set && set.Comparer == StringComparer.Ordinal ? set : terms.ToHashSet(StringComparer.Ordinal);
        var idf = new Dictionary<string, double>(distinct.Count, StringComparer.Ordinal);
        lock (gate)
            foreach (var t in distinct) idf[t] = Math.Log((documents + 1.0) / (counts.GetValueOrDefault(t) + 1.0)) + 1.0;
        return idf;
    }
}
