using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Model;

namespace NewsHub.IntegrationTests.Comments;

/// <summary>Articles to comment on, inserted directly (ingestion is not under test here).</summary>
public static class TestArticles
{
    public static async Task<Article> CreateAsync(NewsHubAppFactory app, Action<Article>? configure = null, bool sourcePreModerates = false)
    {
        await using var db = app.CreateDbContext();
        var key = Guid.NewGuid().ToString("N")[..10];
        var source = new Source { Name = "Caspian Daily " + key, Slug = "caspian-" + key, Url = $"https://caspian.example/{key}/feed.xml", PreModerateComments = sourcePreModerates, CreatedAt = DateTimeOffset.UtcNow };
        var article = new Article
        {
            Source = source, Url = $"https://caspian.example/{key}/story", Title = "Baku hosts regional water summit " + key, Slug = "baku-water-summit",
            PublishedAt = DateTimeOffset.UtcNow.AddHours(-2), FetchedAt = DateTimeOffset.UtcNow, Status = ArticleStatus.Published,
        };
        configure?.Invoke(article);
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return article;
    }

    public static string ThreadUrl(Article article) => $"/article/{article.Id}/comments";
}
