using Microsoft.EntityFrameworkCore;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Ingestion;
using NewsHub.Web.Model;

namespace NewsHub.IntegrationTests.Ingestion;

/// <summary>
/// The batch insert of new articles: reserved ids, a provisional story cluster per article, headline words stored
/// before the rows so the search_terms trigger can skip them (migration 0007) — for that batch only.
/// </summary>
public sealed class ArticleRowsTests(NewsHubAppFactory app) : IClassFixture<NewsHubAppFactory>
{
    [Fact]
    public async Task Rows_are_stored_under_their_reserved_ids_each_in_a_one_article_cluster_with_headline_words_searchable()
    {
        var word = UniqueWord();
        await using var db = app.CreateDbContext();
        var article = await NewArticleAsync(db, $"Zhanaozen {word} strike ends");
        var (ids, clusters) = await ArticleRows.ReserveIdsAsync(db, 1, default);
        article.Id = ids[0];
        article.StoryClusterId = clusters[0];
        article.Countries.Add(new ArticleCountry { CountryCode = "KZ", Score = 0.9, IsPrimary = true, Evidence = ["Zhanaozen"] });

        await ArticleRows.InsertAsync(db, [article], default);

        var stored = await db.Articles.AsNoTracking().Include(a => a.Countries).SingleAsync(a => a.Id == ids[0]);
        Assert.Equal((article.Url, clusters[0]), (stored.Url, stored.StoryClusterId));
        Assert.Equal("KZ", Assert.Single(stored.Countries).CountryCode);
        var cluster = await db.StoryClusters.AsNoTracking().SingleAsync(c => c.Id == clusters[0]);
        Assert.Equal((1, 1, ids[0], cluster.FirstPublishedAt), (cluster.ArticleCount, cluster.SourceCount, cluster.LeadArticleId, stored.PublishedAt));
        Assert.Equal(1, await TermCountAsync(word));
    }

    [Fact]
    public async Task The_trigger_still_collects_headline_words_of_any_later_write_on_the_same_connection()
    {
        await using var db = app.CreateDbContext();
        await db.Database.OpenConnectionAsync();   // one connection for both writes: nothing set for the batch may outlive it
        var batched = await NewArticleAsync(db, $"Aktau {UniqueWord()} port expands");
        var (ids, clusters) = await ArticleRows.ReserveIdsAsync(db, 1, default);
        batched.Id = ids[0];
        batched.StoryClusterId = clusters[0];
        await ArticleRows.InsertAsync(db, [batched], default);

        var word = UniqueWord();
        db.Articles.Add(await NewArticleAsync(db, $"Atyrau {word} refinery upgrade"));
        await db.SaveChangesAsync();

        Assert.Equal(1, await TermCountAsync(word));
    }

    [Fact]
    public async Task A_row_without_its_reserved_ids_is_refused_before_anything_is_written()
    {
        await using var db = app.CreateDbContext();
        var article = await NewArticleAsync(db, "Shymkent tram line opens");

        await Assert.ThrowsAsync<ArgumentException>(() => ArticleRows.InsertAsync(db, [article], default));
        Assert.False(await db.Articles.AnyAsync(a => a.Url == article.Url));
    }

    private static string UniqueWord() => "zq" + new string(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(10).ToArray());

    private async Task<int> TermCountAsync(string word)
    {
        await using var db = app.CreateDbContext();
        return await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM search_terms WHERE term = {word}").SingleAsync();
    }

    private static async Task<Article> NewArticleAsync(Web.Data.NewsHubDbContext db, string title)
    {
        var slug = "rows-" + Guid.NewGuid().ToString("N")[..12];
        var source = new Source { Name = slug, Slug = slug, Url = $"https://{slug}.example/feed.xml" };
        db.Sources.Add(source);
        await db.SaveChangesAsync();
        var now = DateTimeOffset.UtcNow;
        return new Article
        {
            SourceId = source.Id, Url = $"https://{slug}.example/story", Title = title, Slug = slug, BodyText = "Body text. " + title,
            BodyHtml = "<p>" + title + "</p>", PublishedAt = now, FetchedAt = now,
        };
    }
}
