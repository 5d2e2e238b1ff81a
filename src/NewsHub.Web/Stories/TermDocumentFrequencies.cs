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
        lock (gate)
            return terms.Distinct(StringComparer.Ordinal).ToDictionary(t => t,
                t => Math.Log((documents + 1.0) / (counts.GetValueOrDefault(t) + 1.0)) + 1.0, StringComparer.Ordinal);
    }
}
