using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Data;
using NewsHub.Web.Stories;

namespace NewsHub.IntegrationTests.Stories;

public class StoryClustererTests(NewsHubAppFactory app) : IClassFixture<NewsHubAppFactory>
{
    private const string UsAgrees = "caspian/us-agrees-move-iran-nuclear-talks-oman";
    private const string VenueSwitch = "caspian/iran-us-oman-talks-venue-format-strategy";
    private const string TalksBegin = "caspian/iran-us-talks-oman-begin-regional-tensions";
    private const string OmanTeaser = "own/oman-talks-teaser";
    private const string KazakhOil = "caspian/kazakhstan-oil-shipments-europe-january";

    /// <summary>Unrelated stories of the same days, as any real archive around the Oman talks would have.</summary>
    private static readonly string[] Background =
    [
        "caspian/georgia-us-high-level-meeting-washington", "caspian/azerbaijan-armenia-grain-transit",
        "caspian/spain-portugal-flood-danger-storm", "caspian/afghanistan-polio-vaccination-campaign",
        "caspian/turkiye-defence-exports-record-month", "caspian/us-accuses-cuba-interfering-diplomat-havana",
        "caspian/japan-record-snowfall-aomori", "steppe/tajikistan-winter-power-rogun", "steppe/almaty-smog-heating-season",
        "steppe/middle-corridor-cargo-volumes", "steppe/snow-leopards-camera-traps-tien-shan", "steppe/syr-darya-water-coordination",
    ];
    private const string KazakhNuclear = "caspian/kazakhstan-second-nuclear-power-plant";
    private const string KazakhNuclearSteppe = "steppe/kazakhstan-greenlights-second-nuclear-plant";

    private StoryClusterer Clusterer => app.Services.GetRequiredService<StoryClusterer>();

    [Fact]
    public async Task Iran_US_Oman_articles_from_two_sources_form_one_cluster_led_by_the_longest()
    {
        var data = new StoryArticles(app, TimeSpan.FromDays(0));
        // A realistic archive of the same days first: term weights come from it, and a test must not rely on
        // other tests having filled it (they may not run first, or at all).
        foreach (var background in Background)
            await Clusterer.AssignAsync(await data.InsertAsync(background), default);
        var ids = new Dictionary<string, long>();
        foreach (var key in new[] { UsAgrees, VenueSwitch, OmanTeaser, TalksBegin })
        {
            ids[key] = await data.InsertAsync(key);
            await Clusterer.AssignAsync(ids[key], default);
        }

        await using var db = app.CreateDbContext();
        var clusters = await db.Articles.Where(a => ids.Values.Contains(a.Id)).Select(a => a.StoryClusterId).Distinct().ToListAsync();
        var clusterId = Assert.Single(clusters)!.Value;
        var cluster = await db.StoryClusters.SingleAsync(c => c.Id == clusterId);
        var published = await db.Articles.Where(a => ids.Values.Contains(a.Id)).Select(a => a.PublishedAt).ToListAsync();
        Assert.Equal(4, cluster.ArticleCount);
        Assert.Equal(2, cluster.SourceCount);
        Assert.Equal(published.Min(), cluster.FirstPublishedAt);
        Assert.Equal(published.Max(), cluster.LastPublishedAt);
        // The longest body is the most complete telling.
        Assert.Equal(ids.MaxBy(kv => StoryArticles.BodyLength(kv.Key)).Value, cluster.LeadArticleId);
        Assert.Equal(ids[TalksBegin], cluster.LeadArticleId);
    }

    [Fact]
    public async Task Two_Kazakhstan_stories_of_the_same_day_stay_apart_while_each_collects_its_own_reports()
    {
        var data = new StoryArticles(app, TimeSpan.FromDays(30));
        var oil = await data.InsertAsync(KazakhOil);
        var nuclear = await data.InsertAsync(KazakhNuclear);
        var nuclearSteppe = await data.InsertAsync(KazakhNuclearSteppe);

        var oilCluster = await Clusterer.AssignAsync(oil, default);
        var nuclearCluster = await Clusterer.AssignAsync(nuclear, default);
        var steppeCluster = await Clusterer.AssignAsync(nuclearSteppe, default);

        Assert.NotEqual(oilCluster, nuclearCluster);
        Assert.Equal(nuclearCluster, steppeCluster);
        await using var db = app.CreateDbContext();
        Assert.Equal(1, (await db.StoryClusters.SingleAsync(c => c.Id == oilCluster)).ArticleCount);
        Assert.Equal(2, (await db.StoryClusters.SingleAsync(c => c.Id == nuclearCluster)).SourceCount);
    }

    [Fact]
    public async Task A_joining_article_takes_the_lead_only_when_its_body_is_longer()
    {
        // In this order the two reports meet (see above); which one is longer decides whether the lead moves or stays.
        var data = new StoryArticles(app, TimeSpan.FromDays(260));
        var nuclear = await data.InsertAsync(KazakhNuclear);
        var cluster = await Clusterer.AssignAsync(nuclear, default);
        await using (var db = app.CreateDbContext())
            Assert.Equal(nuclear, (await db.StoryClusters.SingleAsync(c => c.Id == cluster)).LeadArticleId);

        var steppe = await data.InsertAsync(KazakhNuclearSteppe);
        Assert.Equal(cluster, await Clusterer.AssignAsync(steppe, default));

        await using var check = app.CreateDbContext();
        var row = await check.StoryClusters.SingleAsync(c => c.Id == cluster);
        Assert.Equal(StoryArticles.BodyLength(KazakhNuclearSteppe) > StoryArticles.BodyLength(KazakhNuclear) ? steppe : nuclear, row.LeadArticleId);
        Assert.Equal(2, row.ArticleCount);
        Assert.Equal(2, row.SourceCount);
    }

    [Fact]
    public async Task Assignment_is_idempotent()
    {
        var data = new StoryArticles(app, TimeSpan.FromDays(60));
        var id = await data.InsertAsync(KazakhOil);
        var first = await Clusterer.AssignAsync(id, default);
        Assert.Equal(first, await Clusterer.AssignAsync(id, default));
        await using var db = app.CreateDbContext();
        Assert.Equal(1, (await db.StoryClusters.SingleAsync(c => c.Id == first)).ArticleCount);
    }

    [Fact]
    public async Task Related_articles_assigned_at_the_same_moment_by_two_workers_end_in_one_cluster()
    {
        // Two clusterers stand for two scraper processes: each has its own term statistics, only PostgreSQL is shared.
        var otherWorker = new StoryClusterer(app.Services.GetRequiredService<IDbContextFactory<NewsHubDbContext>>(),
            new StorySimilarity(new StoryClusteringOptions()), new TermDocumentFrequencies(),
            Options.Create(new StoryClusteringOptions()), TimeProvider.System, NullLogger<StoryClusterer>.Instance);
        for (var round = 0; round < 5; round++)
        {
            var data = new StoryArticles(app, TimeSpan.FromDays(90 + round * 10));
            var a = await data.InsertAsync(KazakhNuclear);
            var b = await data.InsertAsync(KazakhNuclearSteppe);
            var results = await Task.WhenAll(Clusterer.AssignAsync(a, default), otherWorker.AssignAsync(b, default));
            Assert.Equal(results[0], results[1]);
            await using var db = app.CreateDbContext();
            Assert.Equal(2, (await db.StoryClusters.SingleAsync(c => c.Id == results[0])).ArticleCount);
        }
    }

    [Fact]
    public async Task A_batch_puts_two_reports_of_one_event_in_one_cluster_and_keeps_another_story_apart()
    {
        var data = new StoryArticles(app, TimeSpan.FromDays(150));
        var oil = await data.InsertAsync(KazakhOil);
        var nuclear = await data.InsertAsync(KazakhNuclear);
        var nuclearSteppe = await data.InsertAsync(KazakhNuclearSteppe);

        // Nothing of these days is clustered yet: the second report can only find the first inside the batch.
        var placed = await Clusterer.AssignAsync(await DocumentsAsync(oil, nuclear, nuclearSteppe), default);

        Assert.Equal(placed[nuclear], placed[nuclearSteppe]);
        Assert.NotEqual(placed[oil], placed[nuclear]);
        await using var db = app.CreateDbContext();
        var cluster = await db.StoryClusters.SingleAsync(c => c.Id == placed[nuclear]);
        Assert.Equal(2, cluster.ArticleCount);
        Assert.Equal(2, cluster.SourceCount);
        var nuclearCluster = placed[nuclear];
        Assert.Equal([nuclear, nuclearSteppe], (await db.Articles.Where(a => a.StoryClusterId == nuclearCluster).Select(a => a.Id).ToListAsync()).Order());
        // A batch is idempotent like a single assignment.
        Assert.Equal(placed[oil], await Clusterer.AssignAsync(oil, default));
    }

    private async Task<List<StoryDocument>> DocumentsAsync(params long[] ids)
    {
        await using var db = app.CreateDbContext();
        var rows = await db.Articles.Where(a => ids.Contains(a.Id)).ToListAsync();
        return ids.Select(id => rows.Single(r => r.Id == id))
            .Select(a => new StoryDocument(a.Id, a.PublishedAt, a.Title, a.Summary, a.BodyText, [])).ToList();
    }

    [Fact]
    public async Task Unknown_article_is_a_clear_error()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Clusterer.AssignAsync(987_654_321, default));
        Assert.Contains("987654321", error.Message, StringComparison.Ordinal);
    }
}
