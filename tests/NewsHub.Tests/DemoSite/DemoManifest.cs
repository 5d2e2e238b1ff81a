using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace NewsHub.Tests.DemoSite;

/// <summary>Reads DemoSite/manifest.json and the committed files from the test output (copied from the web project).</summary>
internal static class DemoManifest
{
    public const string FakeBase = "http://demo.test/demo";

    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "DemoSite");

    private static readonly Lazy<JsonDocument> Document =
        new(() => JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "manifest.json"))));

    public static JsonElement Json => Document.Value.RootElement;

    public static IReadOnlyList<DemoArticle> Articles { get; } =
        Json.GetProperty("articles").EnumerateArray().Select(DemoArticle.From).ToList();

    public static IEnumerable<DemoArticle> Of(string outlet) => Articles.Where(a => a.Outlet == outlet);

    public static IEnumerable<object[]> ArticleKeys() => Articles.Select(a => new object[] { a.Key });

    public static DemoArticle Article(string key) => Articles.Single(a => a.Key == key);

    /// <summary>The file behind an outlet-relative URL path: directories resolve to index.html.</summary>
    public static string FileFor(string outlet, string path)
    {
        var full = Path.GetFullPath(Path.Combine(Root, outlet, path));
        return Directory.Exists(full) ? Path.Combine(full, "index.html") : full;
    }

    /// <summary>A file's text as the server sends it, with the placeholders filled for <see cref="FakeBase"/>.</summary>
    public static string Rendered(string outlet, string path) =>
        File.ReadAllText(FileFor(outlet, path))
            .Replace("{{BASE}}", $"{FakeBase}/{outlet}", StringComparison.Ordinal)
            .Replace("{{BASE_PATH}}", $"/demo/{outlet}", StringComparison.Ordinal);

    public static IHtmlDocument Page(string outlet, string path) => new HtmlParser().ParseDocument(Rendered(outlet, path));

    /// <summary>Resolves an href found on a page (or in a feed) to an outlet-relative path, or null when it leaves the outlet.</summary>
    public static string? OutletPath(string outlet, string fromPath, string href)
    {
        var outletRoot = new Uri($"{FakeBase}/{outlet}/");
        var target = new Uri(new Uri(outletRoot, fromPath), href);
        var relative = outletRoot.MakeRelativeUri(target).OriginalString;
        if (target.Host != outletRoot.Host || relative.StartsWith("..", StringComparison.Ordinal) || Uri.IsWellFormedUriString(relative, UriKind.Absolute)) return null;
        var hash = relative.IndexOf('#');
        return hash >= 0 ? relative[..hash] : relative;
    }
}

internal sealed record DemoArticle(
    string Outlet, string Path, string Title, string Byline, string Published, string PublishedPrecision,
    string FirstParagraph, string LastParagraph, int ParagraphCount, bool StructuredMetadata, string? Story,
    IReadOnlyList<string> MustNotContain)
{
    public string Key => $"{Outlet}/{Path}";

    public static DemoArticle From(JsonElement e) => new(
        e.GetProperty("outlet").GetString()!, e.GetProperty("path").GetString()!, e.GetProperty("title").GetString()!,
        e.GetProperty("byline").GetString()!, e.GetProperty("published").GetString()!,
        e.GetProperty("publishedPrecision").GetString()!, e.GetProperty("firstParagraph").GetString()!,
        e.GetProperty("lastParagraph").GetString()!, e.GetProperty("paragraphCount").GetInt32(),
        e.GetProperty("structuredMetadata").GetBoolean(), e.GetProperty("story").GetString(),
        e.GetProperty("mustNotContain").EnumerateArray().Select(x => x.GetString()!).ToList());
}
