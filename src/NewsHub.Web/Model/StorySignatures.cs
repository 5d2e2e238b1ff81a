namespace NewsHub.Web.Model;

/// <summary>
/// An article's story signature as the clusterer compares it: weighted terms (parallel arrays), a MinHash sketch
/// and the countries it was tagged with. Stored so that scoring candidates never re-reads their text.
/// </summary>
public class ArticleSignature
{
    public long ArticleId { get; set; }
    public Article? Article { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public string[] Terms { get; set; } = [];
    public float[] Weights { get; set; } = [];
    public int[] MinHash { get; set; } = [];
    public string[] Countries { get; set; } = [];
}

/// <summary>
/// The story term index: one row per distinctive term of an article, keyed (term, published_at) so finding the
/// articles of the last days that share a term is a range scan, however large the archive grows.
/// </summary>
public class StoryTermPosting
{
    public required string Term { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public long ArticleId { get; set; }
    public Article? Article { get; set; }
}
