namespace NewsHub.Web.Stories;

/// <summary>
/// A signature's terms as ids of one <see cref="StoryTermIds"/>, sorted, with their raw weights: what does not change
/// between clustering batches (the IDF does), so a candidate that recurs batch after batch has its terms looked up once.
/// </summary>
internal sealed class StoryTermRow
{
    private StoryTermRow(int[] ids, float[] weights)
    {
        Ids = ids;
        Weights = weights;
    }

    public int[] Ids { get; }
    public float[] Weights { get; }

    public static StoryTermRow Create(IReadOnlyDictionary<string, float> terms, StoryTermIds termIds)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(termIds);
        var ids = new int[terms.Count];
        var weights = new float[terms.Count];
        var k = 0;
        foreach (var (term, w) in terms)
        {
            ids[k] = termIds.Of(term);
            weights[k] = w;
            k++;
        }
        Array.Sort(ids, weights);
        return new StoryTermRow(ids, weights);
    }
}
