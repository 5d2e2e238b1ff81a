namespace NewsHub.Web.Stories;

/// <summary>Small integer ids for terms, assigned on first sight; one table per batch of comparisons. Not thread-safe.</summary>
internal sealed class StoryTermIds
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);

    public int Count => ids.Count;

    public int Of(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        if (ids.TryGetValue(term, out var id)) return id;
        id = ids.Count;
        ids.Add(term, id);
        return id;
    }
}
