namespace NewsHub.IntegrationTests.Infrastructure;

/// <summary>Finds the repository and the built program from wherever the test assembly runs.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>Release or Debug: the same configuration the tests were built in.</summary>
    public static string Configuration { get; } =
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    public static string WebDll => Path.Combine(Root, "src", "NewsHub.Web", "bin", Configuration, "net10.0", "NewsHub.Web.dll");

    public static string Artifacts(string folder)
    {
        var dir = Path.Combine(Root, "artifacts", folder);
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsHub.sln"))) return dir.FullName;
        throw new InvalidOperationException("NewsHub.sln not found above " + AppContext.BaseDirectory);
    }
}
