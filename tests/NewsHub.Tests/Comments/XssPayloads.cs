namespace NewsHub.Tests.Comments;

/// <summary>The hostile comment corpus (xss-payloads.txt beside this file), shared by the unit, integration and browser tests.</summary>
public static class XssPayloads
{
    public const string RelativePath = "tests/NewsHub.Tests/Comments/xss-payloads.txt";

    public static IReadOnlyList<string> Load(string repositoryRoot) =>
        File.ReadAllLines(Path.Combine(repositoryRoot, RelativePath))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Replace("\\n", "\n", StringComparison.Ordinal))
            .ToList();

    public static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsHub.sln"))) return dir.FullName;
        throw new InvalidOperationException("NewsHub.sln not found above " + AppContext.BaseDirectory);
    }
}
