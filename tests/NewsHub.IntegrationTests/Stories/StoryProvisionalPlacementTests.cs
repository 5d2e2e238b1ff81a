using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Ingestion;
using NewsHub.Web.Model;
using NewsHub.Web.Stories;

namespace NewsHub.IntegrationTests.Stories;

/// <summary>
/// Ingestion stores each new article in a provisional story cluster of its own (ArticleRows) and then lets the
/// clusterer place the batch (<see cref="StoryClusterer.PlaceNewAsync"/>): a starter keeps that cluster and its row is
/// not written again; a joiner is moved and its provisional cluster goes.
/// </summary>
public class StoryProvisionalPlacementTests(NewsHubAppFactory app) : IClassFixture<NewsHubAppFactory>
{
    private const string UsAgrees = "caspian/us-agrees-move-iran-nuclear-talks-oman";
    private const string VenueSwitch = "caspian/iran-us-oman-talks-venue-format-strategy";
    private const string TalksBegin = "caspian/iran-us-talks-oman-begin-regional-tensions";
    private const string KazakhOil = "caspian/kazakhstan-oil-shipments-europe-january";

    private static readonly string[] Background =
    [
        "caspian/georgia-us-high-level-meeting-washington", "caspian/azerbaijan-armenia-grain-transit",
        "caspian/spain-portugal-flood-danger-storm", "caspian/afghanistan-polio-vaccination-campaign",
        "caspian/turkiye-defence-exports-record-month", "caspian/japan-record-snowfall-aomori",
        "steppe/tajikistan-winter-power-rogun", "steppe/almaty-smog-heating-season", "steppe/middle-corridor-cargo-volumes",
    ];

    private StoryClusterer Clusterer => app.Services.GetRequiredService<StoryClusterer>();

    [Fact]
    public async Task A_starter_keeps_its_provisional_cluster_unwritten_and_a_joiner_moves_to_the_story_it_belongs_to()
    {
        var data = new StoryArticles(app, TimeSpan.FromDays(300));
        foreach (var background in Background)
            await Clusterer.AssignAsync(await data.InsertAsync(background), default);
        var story = await Clusterer.AssignAsync(await data.InsertAsync(UsAgrees), default);

        // A batch as ingestion stores it: the same story told again, and an unrelated one.
        var venue = await data.BuildAsync(VenueSwitch);
        var oil = await data.BuildAsync(KazakhOil);
        await StoreProvisionallyAsync(venue, oil);
        var venueProvisional = venue.StoryClusterId!.Value;
        var oilProvisional = oil.StoryClusterId!.Value;
        var oilVersionBefore = await RowVersionAsync(oil.Id);

        var placed = await Clusterer.PlaceNewAsync([Document(venue), Document(oil)], [venueProvisional, oilProvisional], default);

        Assert.Equal(story, placed[venue.Id]);
        Assert.Equal(oilProvisional, placed[oil.Id]);
        await using var db = app.CreateDbContext();
        Assert.Equal(story, await db.Articles.Where(a => a.Id == venue.Id).Select(a => a.StoryClusterId).SingleAsync());
        Assert.False(await db.StoryClusters.AnyAsync(c => c.Id == venueProvisional));
        var storyRow = await db.StoryClusters.SingleAsync(c => c.Id == story);
        Assert.Equal(2, storyRow.ArticleCount);
        Assert.Equal(await db.Articles.Where(a => a.StoryClusterId == story).MaxAsync(a => a.PublishedAt), storyRow.LastPublishedAt);
        // The starter's row is the version the insert wrote: no second write.
        Assert.Equal(oilVersionBefore, await RowVersionAsync(oil.Id));
        var oilRow = await db.StoryClusters.SingleAsync(c => c.Id == oilProvisional);
        Assert.Equal((1, 1, oil.Id), (oilRow.ArticleCount, oilRow.SourceCount, oilRow.LeadArticleId));
    }

    [Fact]
    public async Task Articles_of_one_batch_about_one_story_end_in_the_first_ones_provisional_cluster()
    {
        var data = new StoryArticles(app, TimeSpan.FromDays(330));
        foreach (var background in Background)
            await Clusterer.AssignAsync(await data.InsertAsync(background), default);
        var first = await data.BuildAsync(UsAgrees);
        var second = await data.BuildAsync(TalksBegin);
        await StoreProvisionallyAsync(first, second);
        var firstProvisional = first.StoryClusterId!.Value;
        var secondProvisional = second.StoryClusterId!.Value;

        var placed = await Clusterer.PlaceNewAsync([Document(first), Document(second)], [firstProvisional, secondProvisional], default);

        Assert.Equal(firstProvisional, placed[first.Id]);
        Assert.Equal(firstProvisional, placed[second.Id]);
        await using var db = app.CreateDbContext();
        Assert.False(await db.StoryClusters.AnyAsync(c => c.Id == secondProvisional));
        var cluster = await db.StoryClusters.SingleAsync(c => c.Id == firstProvisional);
        Assert.Equal(2, cluster.ArticleCount);
        // The longer telling leads once the second article joins.
        Assert.Equal(StoryArticles.BodyLength(TalksBegin) > StoryArticles.BodyLength(UsAgrees) ? second.Id : first.Id, cluster.LeadArticleId);
        // Placed articles are in the story term index: a later article of the story finds them.
        var later = await Clusterer.AssignAsync(await data.InsertAsync(VenueSwitch), default);
        Assert.Equal(firstProvisional, later);
    }

    [Fact]
    public async Task An_article_an_editor_moved_before_placement_stays_where_the_editor_put_it()
    {
        var data = new StoryArticles(app, TimeSpan.FromDays(360));
        var oil = await data.BuildAsync(KazakhOil);
        await StoreProvisionallyAsync(oil);
        var provisional = oil.StoryClusterId!.Value;
        var split = await Clusterer.SplitAsync(oil.Id, "editor-1", default);

        var placed = await Clusterer.PlaceNewAsync([Document(oil)], [provisional], default);

        Assert.Equal(split, placed[oil.Id]);
        await using var db = app.CreateDbContext();
        Assert.Equal(split, await db.Articles.Where(a => a.Id == oil.Id).Select(a => a.StoryClusterId).SingleAsync());
    }

    private async Task StoreProvisionallyAsync(params Article[] articles)
    {
        await using var db = app.CreateDbContext();
        var (articleIds, clusterIds) = await ArticleRows.ReserveIdsAsync(db, articles.Length, default);
        for (var i = 0; i < articles.Length; i++)
        {
            articles[i].Id = articleIds[i];
            articles[i].StoryClusterId = clusterIds[i];
        }
        await ArticleRows.InsertAsync(db, articles, default);
    }

    private async Task<string> RowVersionAsync(long articleId)
    {
        await using var db = app.CreateDbContext();
        return await db.Database.SqlQuery<string>($"SELECT ctid::text || '/' || xmin::text AS \"Value\" FROM articles WHERE id = {articleId}").SingleAsync();
    }

    private static StoryDocument Document(Article a) => new(a.Id, a.PublishedAt, a.Title, a.Summary, a.BodyText, []);
}
