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
        var row = StoryTermRow.Create(terms, termIds);
        var weights = new double[row.Ids.Length];
        for (var k = 0; k < weights.Length; k++) weights[k] = row.Weights[k] * idf[termIds.Term(row.Ids[k])];
        return new StoryTermVector(row.Ids, weights);
    }

    /// <param name="idfById">IDF indexed by term id (of the table <paramref name="row"/> was made with), at least for the row's terms.</param>
    public static StoryTermVector Create(StoryTermRow row, double[] idfById)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(idfById);
        var weights = new double[row.Ids.Length];
        for (var k = 0; k < weights.Length; k++) weights[k] = row.Weights[k] * idfById[row.Ids[k]];
        return new StoryTermVector(row.Ids, weights);
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
