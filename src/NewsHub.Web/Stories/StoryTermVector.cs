namespace NewsHub.Web.Stories;

/// <summary>
/// A signature's terms as TF-IDF weights over interned term ids, sorted by id, with the vector's norm: the form the
/// cosine of <see cref="StorySimilarity"/> runs on. Built once per article and batch, a comparison is then one merge of
/// two sorted integer arrays instead of a string-keyed dictionary lookup (and an IDF lookup) per term and pair —
/// clustering compares each new article with up to 60 candidates and its batch siblings.
/// </summary>
internal sealed class StoryTermVector
{
    private readonly int[] ids;
    private readonly double[] weights;
    private readonly double norm;

    private StoryTermVector(int[] ids, double[] weights)
    {
        this.ids = ids;
        this.weights = weights;
        double sum = 0;
        foreach (var w in weights) sum += w * w;
        norm = Math.Sqrt(sum);
    }

    /// <param name="idf">IDF of at least every term of <paramref name="terms"/>.</param>
    /// <param name="termIds">The id table shared by every vector that will be compared with this one.</param>
    public static StoryTermVector Create(IReadOnlyDictionary<string, float> terms, IReadOnlyDictionary<string, double> idf, StoryTermIds termIds)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(idf);
        ArgumentNullException.ThrowIfNull(termIds);
        var ids = new int[terms.Count];
        var weights = new double[terms.Count];
        var k = 0;
        foreach (var (term, w) in terms)
        {
            ids[k] = termIds.Of(term);
            weights[k] = w * idf[term];
            k++;
        }
        Array.Sort(ids, weights);
        return new StoryTermVector(ids, weights);
    }

    /// <summary>Cosine of the two weighted vectors; 0 when either is empty. Both must come from one <see cref="StoryTermIds"/>.</summary>
    public double Cosine(StoryTermVector other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (norm == 0 || other.norm == 0) return 0;
        double dot = 0;
        int i = 0, j = 0;
        var a = ids;
        var b = other.ids;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { dot += weights[i] * other.weights[j]; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return dot / (norm * other.norm);
    }

    /// <summary>Whether the two vectors share at least one term (a cheap test before a full comparison).</summary>
    public bool SharesTermWith(StoryTermVector other)
    {
        ArgumentNullException.ThrowIfNull(other);
        int i = 0, j = 0;
        while (i < ids.Length && j < other.ids.Length)
        {
            if (ids[i] == other.ids[j]) return true;
            if (ids[i] < other.ids[j]) i++;
            else j++;
        }
        return false;
    }
}
