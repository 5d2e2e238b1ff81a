using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Stories;

namespace NewsHub.IntegrationTests.Stories;

public class StorySignatureCacheTests(NewsHubAppFactory app) : IClassFixture<NewsHubAppFactory>
{
    private StoryClusterer Clusterer => app.Services.GetRequiredService<StoryClusterer>();

    [Fact]
    public async Task Serves_unchanged_signatures_from_memory_and_reads_a_rewritten_one_again()
    {
        var data = new StoryArticles(app, TimeSpan.FromDays(210));
        var oil = await data.InsertAsync("caspian/kazakhstan-oil-shipments-europe-january");
        var nuclear = await data.InsertAsync("caspian/kazakhstan-second-nuclear-power-plant");
        await Clusterer.AssignAsync(oil, default);
        await Clusterer.AssignAsync(nuclear, default);
        var cache = new StorySignatureCache();
        await using var db = app.CreateDbContext();

        var first = await cache.GetAsync(db, [oil, nuclear], default);
        Assert.Equal(2, cache.Reads);
        var second = await cache.GetAsync(db, [oil, nuclear], default);
        Assert.Equal(2, cache.Reads);
        Assert.Same(first[oil], second[oil]);

        // Another process re-signs the article (its content changed): the next lookup sees the new row.
        await db.Database.ExecuteSqlAsync($"UPDATE article_signatures SET terms = ARRAY['changed'], weights = ARRAY[1.0]::real[] WHERE article_id = {oil}");
        var third = await cache.GetAsync(db, [oil, nuclear], default);
        Assert.Equal(3, cache.Reads);
        Assert.Equal(new[] { "changed" }, third[oil].Terms.Keys.ToArray());
        Assert.Same(first[nuclear], third[nuclear]);
    }

    [Fact]
    public async Task Articles_without_a_signature_are_left_out()
    {
        var cache = new StorySignatureCache();
        await using var db = app.CreateDbContext();
        var found = await cache.GetAsync(db, [987_654_321], default);
        Assert.Empty(found);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task Keeps_at_most_its_capacity_dropping_the_oldest_news()
    {
        var data = new StoryArticles(app, TimeSpan.FromDays(220));
        var ids = new List<long>();
        foreach (var key in new[] { "caspian/kazakhstan-oil-shipments-europe-january", "caspian/kazakhstan-second-nuclear-power-plant",
                     "steppe/kazakhstan-greenlights-second-nuclear-plant", "caspian/japan-record-snowfall-aomori", "steppe/almaty-smog-heating-season" })
        {
            var id = await data.InsertAsync(key);
            await Clusterer.AssignAsync(id, default);
            ids.Add(id);
        }
        var cache = new StorySignatureCache(capacity: 4);
        await using var db = app.CreateDbContext();

        var found = await cache.GetAsync(db, ids, default);

        Assert.Equal(5, found.Count);
        Assert.InRange(cache.Count, 1, 4);
        var newest = found.Values.MaxBy(s => s.PublishedAt)!.ArticleId;
        await cache.GetAsync(db, [newest], default);
        Assert.Equal(5, cache.Reads);
    }

    [Fact]
    public void A_capacity_below_one_is_a_clear_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new StorySignatureCache(capacity: 0));
}
