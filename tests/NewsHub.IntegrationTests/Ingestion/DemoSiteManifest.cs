using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsHub.IntegrationTests.Ingestion;

/// <summary>The demo site's own description of its articles (DemoSite/manifest.json, shipped beside the binary).</summary>
public sealed record DemoSiteManifest(
    [property: JsonPropertyName("articles")] IReadOnlyList<DemoSiteManifest.Entry> Articles,
    [property: JsonPropertyName("stories")] IReadOnlyList<DemoSiteManifest.Story> Stories,
    [property: JsonPropertyName("mustNotCluster")] IReadOnlyList<string[]> MustNotCluster,
    [property: JsonPropertyName("disallowed")] IReadOnlyList<string> Disallowed)
{
    public sealed record Entry(
        [property: JsonPropertyName("outlet")] string Outlet, [property: JsonPropertyName("path")] string Path,
        [property: JsonPropertyName("title")] string Title, [property: JsonPropertyName("byline")] string? Byline,
        [property: JsonPropertyName("firstParagraph")] string FirstParagraph, [property: JsonPropertyName("lastParagraph")] string LastParagraph,
        [property: JsonPropertyName("mustNotContain")] IReadOnlyList<string> MustNotContain)
    {
        public string Key => $"{Outlet}/{Path}";
    }

    public sealed record Story([property: JsonPropertyName("key")] string Key, [property: JsonPropertyName("members")] IReadOnlyList<string> Members);

    public static DemoSiteManifest Load() =>
        JsonSerializer.Deserialize<DemoSiteManifest>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "DemoSite", "manifest.json")))!;
}
