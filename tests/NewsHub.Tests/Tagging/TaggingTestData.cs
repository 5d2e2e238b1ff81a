using NewsHub.Web.Tagging;

namespace NewsHub.Tests.Tagging;

/// <summary>The gazetteer shipped beside the binary, loaded once for all tagging tests, and the test texts.</summary>
internal static class TaggingTestData
{
    private static readonly Lazy<ArticleTagger> LazyTagger = new(() => new ArticleTagger(Gazetteer.Load()));

    public static ArticleTagger Tagger => LazyTagger.Value;

    /// <summary>tests/NewsHub.Tests/TestData/Tagging, found by walking up from the test binary.</summary>
    public static string Folder { get; } = FindFolder();

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "TestData", "Tagging");
            if (Directory.Exists(candidate)) return candidate;
            candidate = Path.Combine(dir.FullName, "tests", "NewsHub.Tests", "TestData", "Tagging");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("TestData/Tagging not found above " + AppContext.BaseDirectory);
    }

    public static TagResult Tag(string title, string? lead = null, string? body = null, string? country = null, string? region = null) =>
        Tagger.Tag(new TaggingInput(title, lead, body, country, region));

    public static string[] Codes(this TagResult result) => result.Countries.Select(c => c.Code).ToArray();

    public static double ScoreOf(this TagResult result, string code) =>
        result.Countries.FirstOrDefault(c => c.Code == code)?.Score ?? 0;
}
