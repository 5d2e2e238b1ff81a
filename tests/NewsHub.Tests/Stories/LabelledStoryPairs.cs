using System.Text.Json;
using NewsHub.Web.Stories;

namespace NewsHub.Tests.Stories;

/// <summary>
/// TestData/Stories/labelled-story-pairs.json: ~50 short articles (the demo outlets plus hand-written ones) and
/// pairs an editor labelled same story / different story before the similarity was tuned.
/// </summary>
internal static class LabelledStoryPairs
{
    public sealed record Article(string Id, string Source, DateTimeOffset Published, string Title, string? Lead, string Body);

    public sealed record Pair(string A, string B, bool SameStory, string Note);

    private sealed record FileShape(List<Article> Articles, List<Pair> Pairs);

    private static readonly Lazy<FileShape> Data = new(Load);

    public static IReadOnlyList<Article> Articles => Data.Value.Articles;
    public static IReadOnlyList<Pair> Pairs => Data.Value.Pairs;

    /// <summary>Signatures for every article, with ids 1..n in file order.</summary>
    public static Dictionary<string, StorySignature> Signatures() =>
        Articles
            .Select((a, i) => (a.Id, Signature: StorySignature.Create(
                new StoryDocument(i + 1, a.Published, a.Title, a.Lead, a.Body, []))))
            .ToDictionary(x => x.Id, x => x.Signature);

    public static TermDocumentFrequencies Frequencies(IEnumerable<StorySignature> signatures)
    {
        var df = new TermDocumentFrequencies();
        foreach (var s in signatures) df.Observe(s.Terms.Keys);
        return df;
    }

    private static FileShape Load()
    {
        var path = Path.Combine(FindRoot(), "tests", "NewsHub.Tests", "TestData", "Stories", "labelled-story-pairs.json");
        var shape = JsonSerializer.Deserialize<FileShape>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))
                    ?? throw new InvalidDataException(path + " is empty");
        return shape;
    }

    /// <summary>The repository root (the fixture is read in place rather than copied beside the test assembly).</summary>
    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsHub.sln"))) return dir.FullName;
        throw new InvalidOperationException("NewsHub.sln not found above " + AppContext.BaseDirectory);
    }
}
