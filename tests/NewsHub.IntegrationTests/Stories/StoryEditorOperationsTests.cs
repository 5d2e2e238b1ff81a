using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Stories;

namespace NewsHub.IntegrationTests.Stories;

/// <summary>
/// Merges, splits and pins survive re-clustering. Each test uses its own stretch of time (see StoryArticles) and its
/// own stories: the class shares one clusterer, whose term statistics would otherwise count one text many times.
/// </summary>
public class StoryEditorOperationsTests(NewsHubAppFactory app) : IClassFixture<NewsHubAppFactory>
{
    private const string KazakhOil = "caspian/kazakhstan-oil-shipments-europe-january";
    private const string KazakhNuclear = "caspian/kazakhstan-second-nuclear-power-plant";
    private const string KazakhNuclearSteppe = "steppe/kazakhstan-greenlights-second-nuclear-plant";
    private const string KazakhNuclearTeaser = "own/kazakhstan-nuclear-teaser";
    private const string BaseRate = "own/kazakhstan-base-rate";
    private const string JapanSnow = "caspian/japan-record-snowfall-aomori";
    private const string AomoriFollowUp = "own/aomori-digs-out";
    private const string OmanTeaser = "own/oman-talks-teaser";
    private const string OmanTalksBegin = "caspian/iran-us-talks-oman-begin-regional-tensions";
    private const string IranSanctions = "own/us-sanctions-iran-oil-tankers";

    private StoryClusterer Clusterer => app.Services.GetRequiredService<StoryClusterer>();

    private async Task<Dictionary<string, long>> InsertAndAssignAsync(TimeSpan shift, params string[] keys)
    {
        var data = new StoryArticles(app, shift);
        var ids = new Dictionary<string, long>();
        foreach (var key in keys)
        {
            ids[key] = await data.InsertAsync(key);
            await Clusterer.AssignAsync(ids[key], default);
        }
        return ids;
    }

    private async Task<long?> ClusterOfAsync(long articleId)
    {
        await using var db = app.CreateDbContext();
        return await db.Articles.Where(a => a.Id == articleId).Select(a => a.StoryClusterId).SingleAsync();
    }

    [Fact]
    public async Task Merge_is_recorded_and_survives_reclustering()
    {
        var shift = TimeSpan.FromDays(0);
        var ids = await InsertAndAssignAsync(shift, KazakhOil, BaseRate, JapanSnow, AomoriFollowUp);
        var oil = (await ClusterOfAsync(ids[KazakhOil]))!.Value;
        var rate = (await ClusterOfAsync(ids[BaseRate]))!.Value;
        var snow = (await ClusterOfAsync(ids[JapanSnow]))!.Value;
        Assert.NotEqual(oil, rate);
        Assert.Equal(snow, await ClusterOfAsync(ids[AomoriFollowUp]));

        await Clusterer.MergeAsync(oil, rate, "editor-1", default);
        await using (var db = app.CreateDbContext())
        {
            var ops = await db.ClusterOperations.Where(o => ids.Values.Contains(o.ArticleId)).ToListAsync();
            Assert.Equal(2, ops.Count);
            Assert.All(ops, o => Assert.Equal(("merge", rate, "editor-1"), (o.Kind, o.TargetClusterId!.Value, o.ActorId)));
            Assert.False(await db.StoryClusters.AnyAsync(c => c.Id == oil));
            var merged = await db.StoryClusters.SingleAsync(c => c.Id == rate);
            Assert.Equal((2, 2), (merged.ArticleCount, merged.SourceCount));
        }

        await Clusterer.ReclusterAsync(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero) + shift, default);
        Assert.Equal(rate, await ClusterOfAsync(ids[KazakhOil]));
        Assert.Equal(rate, await ClusterOfAsync(ids[BaseRate]));
        // Articles no editor touched were re-clustered and still find each other.
        Assert.Equal(await ClusterOfAsync(ids[JapanSnow]), await ClusterOfAsync(ids[AomoriFollowUp]));
        Assert.NotEqual(rate, await ClusterOfAsync(ids[JapanSnow]));
    }

    [Fact]
    public async Task Split_is_recorded_and_survives_reclustering_while_later_reports_still_join_the_story()
    {
        var shift = TimeSpan.FromDays(60);
        // Unrelated stories of the same days first, so term weights do not depend on other tests having run.
        await InsertAndAssignAsync(shift, "caspian/georgia-us-high-level-meeting-washington", "caspian/azerbaijan-armenia-grain-transit",
            "caspian/spain-portugal-flood-danger-storm", "caspian/us-accuses-cuba-interfering-diplomat-havana", "steppe/almaty-smog-heating-season",
            "steppe/snow-leopards-camera-traps-tien-shan", "steppe/syr-darya-water-coordination", "caspian/afghanistan-polio-vaccination-campaign");
        var ids = await InsertAndAssignAsync(shift, KazakhNuclear, KazakhNuclearSteppe);
        var story = (await ClusterOfAsync(ids[KazakhNuclear]))!.Value;
        Assert.Equal(story, await ClusterOfAsync(ids[KazakhNuclearSteppe]));

        var own = await Clusterer.SplitAsync(ids[KazakhNuclearSteppe], "editor-2", default);
        Assert.NotEqual(story, own);
        await using (var db = app.CreateDbContext())
        {
            var op = await db.ClusterOperations.SingleAsync(o => o.ArticleId == ids[KazakhNuclearSteppe]);
            Assert.Equal(("split", own, "editor-2"), (op.Kind, op.TargetClusterId!.Value, op.ActorId));
            Assert.Equal(1, (await db.StoryClusters.SingleAsync(c => c.Id == story)).ArticleCount);
            Assert.Equal(1, (await db.StoryClusters.SingleAsync(c => c.Id == own)).ArticleCount);
        }

        // A teaser arriving later joins the story, not the article split off from it.
        var teaser = await new StoryArticles(app, shift).InsertAsync(KazakhNuclearTeaser);
        await Clusterer.AssignAsync(teaser, default);
        await Clusterer.ReclusterAsync(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero) + shift, default);

        Assert.Equal(own, await ClusterOfAsync(ids[KazakhNuclearSteppe]));
        var nuclearCluster = await ClusterOfAsync(ids[KazakhNuclear]);
        Assert.NotEqual(own, nuclearCluster);
        Assert.Equal(nuclearCluster, await ClusterOfAsync(teaser));
        await using var check = app.CreateDbContext();
        Assert.Equal(1, (await check.StoryClusters.SingleAsync(c => c.Id == own)).ArticleCount);
    }

    [Fact]
    public async Task Pinned_article_stays_where_the_editor_put_it_through_assignment_and_reclustering()
    {
        var shift = TimeSpan.FromDays(120);
        var ids = await InsertAndAssignAsync(shift, JapanSnow, BaseRate);
        var snow = (await ClusterOfAsync(ids[JapanSnow]))!.Value;
        var rate = (await ClusterOfAsync(ids[BaseRate]))!.Value;
        Assert.NotEqual(snow, rate);

        // The editor files the base-rate story under the snow one: unrelated text, but the editor decides.
        await using (var db = app.CreateDbContext())
            await db.Articles.Where(a => a.Id == ids[BaseRate])
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.StoryClusterId, snow).SetProperty(a => a.ClusterLockedByEditor, true));

        Assert.Equal(snow, await Clusterer.AssignAsync(ids[BaseRate], default));
        await Clusterer.ReclusterAsync(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero) + shift, default);
        Assert.Equal(snow, await ClusterOfAsync(ids[BaseRate]));
    }

    [Fact]
    public async Task Reclustering_rebuilds_unpinned_clusters_from_scratch()
    {
        var shift = TimeSpan.FromDays(180);
        var ids = await InsertAndAssignAsync(shift, OmanTeaser, OmanTalksBegin, IranSanctions);
        await Clusterer.ReclusterAsync(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero) + shift, default);

        var sanctions = await ClusterOfAsync(ids[IranSanctions]);
        var talks = await ClusterOfAsync(ids[OmanTalksBegin]);
        Assert.NotNull(sanctions);
        Assert.NotEqual(sanctions, talks);
        Assert.Equal(talks, await ClusterOfAsync(ids[OmanTeaser]));
        await using var db = app.CreateDbContext();
        var window = ids.Values.ToList();
        // No empty clusters are left behind and the counts match the members.
        var clusters = await db.StoryClusters.Where(c => db.Articles.Any(a => a.StoryClusterId == c.Id && window.Contains(a.Id))).ToListAsync();
        Assert.Equal(2, clusters.Count);
        Assert.Equal(3, clusters.Sum(c => c.ArticleCount));
        Assert.False(await db.StoryClusters.AnyAsync(c => !db.Articles.Any(a => a.StoryClusterId == c.Id)));
    }

    [Fact]
    public async Task Merging_a_cluster_into_itself_or_a_missing_cluster_is_refused()
    {
        var ids = await InsertAndAssignAsync(TimeSpan.FromDays(240), KazakhOil);
        var oil = (await ClusterOfAsync(ids[KazakhOil]))!.Value;
        await Assert.ThrowsAsync<ArgumentException>(() => Clusterer.MergeAsync(oil, oil, "editor", default));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Clusterer.MergeAsync(oil, 987_654_321, "editor", default));
        Assert.Equal(oil, await ClusterOfAsync(ids[KazakhOil]));
    }
}
