using System.Text.Json;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Data;
using NewsHub.Web.Model;

namespace NewsHub.IntegrationTests.Stories;

/// <summary>
/// Inserts articles of the labelled story set (tests/NewsHub.Tests/TestData/Stories) as real rows. Each test shifts
/// publication dates by its own offset so that tests sharing a database never fall in each other's time window.
/// </summary>
internal sealed class StoryArticles(NewsHubAppFactory app, TimeSpan shift)
{
    private sealed record Item(string Id, string Source, DateTimeOffset Published, string Title, string? Lead, string Body);

    private sealed record FileShape(List<Item> Articles);

    private static readonly Lazy<Dictionary<string, Item>> Items = new(() =>
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests", "NewsHub.Tests", "TestData", "Stories", "labelled-story-pairs.json");
        var shape = JsonSerializer.Deserialize<FileShape>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        return shape.Articles.ToDictionary(a => a.Id);
    });

    public static int BodyLength(string key) => Items.Value[key].Body.Length;

    /// <summary>Stores the article (creating its outlet's source row if needed) and returns its id.</summary>
    public async Task<long> InsertAsync(string key)
    {
        var article = await BuildAsync(key);
        await using var db = app.CreateDbContext();
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return article.Id;
    }

    /// <summary>The article as it would be stored, not stored (its outlet's source row is created if needed).</summary>
    public async Task<Article> BuildAsync(string key)
    {
        var item = Items.Value[key];
        await using var db = app.CreateDbContext();
        var source = await SourceAsync(db, item.Source);
        var slug = $"{key.Replace('/', '-')}-{(long)shift.TotalDays}";
        return new Article
        {
            SourceId = source.Id,
            Url = $"https://{item.Source}.example/{slug}",
            Title = item.Title,
            Slug = slug[..Math.Min(slug.Length, 120)],
            Summary = item.Lead,
            BodyText = item.Body,
            BodyHtml = string.Concat(item.Body.Split('\n').Select(p => $"<p>{p}</p>")),
            PublishedAt = (item.Published + shift).ToUniversalTime(),
            FetchedAt = (item.Published + shift).ToUniversalTime(),
        };
    }

    private static async Task<Source> SourceAsync(NewsHubDbContext db, string slug)
    {
        if (db.Sources.SingleOrDefault(s => s.Slug == slug) is { } existing) return existing;
        var source = new Source { Name = slug, Slug = slug, Url = $"https://{slug}.example/feed.xml" };
        db.Sources.Add(source);
        await db.SaveChangesAsync();
        return source;
    }
}
