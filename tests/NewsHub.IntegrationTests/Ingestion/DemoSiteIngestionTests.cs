using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.DemoSite;
using NewsHub.Web.Ingestion;
using NewsHub.Web.Ingestion.Scheduling;
using NewsHub.Web.Model;

namespace NewsHub.IntegrationTests.Ingestion;

/// <summary>
/// The bundled demo outlets served by a real loopback server, scraped by the real pipeline into
/// real PostgreSQL: clean extraction, full titles, tags and story clusters, each article once.
/// </summary>
public sealed class DemoSiteIngestionTests(DemoSiteIngestionTests.Fixture app) : IClassFixture<DemoSiteIngestionTests.Fixture>
{
    public sealed class Fixture : NewsHubAppFactory
    {
        public LoopbackServer Site { get; private set; } = null!;
        public DemoSiteManifest Manifest { get; } = DemoSiteManifest.Load();
        public IReadOnlyList<IngestionRun> FirstPass { get; private set; } = [];

        public Fixture()
        {
            With("NewsHub:Fetching:PerHostDelay", "00:00:00");
            With("NewsHub:Fetching:RetryBaseDelay", "00:00:00.050");
        }

        public override async Task InitializeAsync()
        {
            // Mounted at the root so the outlets' robots.txt rules are the host's robots.txt.
            Site = await LoopbackServer.StartAsync(app => app.MapDemoSite(""));
            await base.InitializeAsync();
            await using (var db = CreateDbContext())
            {
                foreach (var demo in DemoSiteCatalog.Sources) db.Sources.Add(demo.ToSource(Site.BaseUri, DateTimeOffset.UtcNow.AddMinutes(-1)));
                await db.SaveChangesAsync();
            }
            FirstPass = await ScraperPasses.RunAllDueAsync(Services, "test-worker");
        }

        public override async Task DisposeAsync()
        {
            await Site.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    [Fact]
    public async Task Every_demo_article_is_stored_once_with_its_full_title_and_clean_body()
    {
        await using var db = app.CreateDbContext();
        var articles = await db.Articles.AsNoTracking().ToListAsync();
        Assert.Equal(app.Manifest.Articles.Count, articles.Count);
        Assert.All(app.FirstPass, run => Assert.True(run.Succeeded, string.Join("; ", run.Errors)));
        Assert.All(app.FirstPass, run => Assert.Equal(0, run.Failed));
        foreach (var expected in app.Manifest.Articles)
        {
            var stored = articles.SingleOrDefault(a => a.Url.EndsWith("/" + expected.Key.TrimEnd('/'), StringComparison.Ordinal));
            Assert.True(stored is not null, "missing " + expected.Key);
            Assert.Equal(expected.Title, stored.Title);
            Assert.Contains(Fold(expected.FirstParagraph), Fold(stored.BodyText), StringComparison.Ordinal);
            Assert.Contains(Fold(expected.LastParagraph), Fold(stored.BodyText), StringComparison.Ordinal);
            foreach (var noise in expected.MustNotContain)
                Assert.DoesNotContain(Fold(noise), Fold(stored.BodyText), StringComparison.Ordinal);
            Assert.DoesNotContain("<script", stored.BodyHtml, StringComparison.OrdinalIgnoreCase);
            if (expected.Byline is not null) Assert.Contains(expected.Byline, stored.Byline ?? "", StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Truncated_teaser_titles_are_replaced_by_the_page_headline()
    {
        await using var db = app.CreateDbContext();
        Assert.DoesNotContain(await db.Articles.Select(a => a.Title).ToListAsync(), t => t.EndsWith('…') || t.EndsWith("...", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Articles_are_tagged_and_the_same_story_is_one_cluster()
    {
        await using var db = app.CreateDbContext();
        var byKey = (await db.Articles.AsNoTracking().Select(a => new { a.Id, a.Url, a.StoryClusterId }).ToListAsync())
            .ToDictionary(a => app.Manifest.Articles.Single(m => a.Url.EndsWith("/" + m.Key.TrimEnd('/'), StringComparison.Ordinal)).Key);
        Assert.All(byKey.Values, a => Assert.NotNull(a.StoryClusterId));

        var talks = app.Manifest.Stories.Single(s => s.Key == "iran-us-oman-talks").Members.Select(m => byKey[m]).ToList();
        Assert.Single(talks.Select(a => a.StoryClusterId).Distinct());
        var talkTags = await db.ArticleCountries.Where(t => talks.Select(a => a.Id).Contains(t.ArticleId)).Select(t => t.CountryCode).ToListAsync();
        Assert.Contains("IR", talkTags);
        var regions = await db.ArticleRegions.Where(t => talks.Select(a => a.Id).Contains(t.ArticleId)).Select(t => t.RegionSlug).ToListAsync();
        Assert.Contains("middle-east", regions);

        foreach (var pair in app.Manifest.MustNotCluster)
            Assert.NotEqual(byKey[pair[0]].StoryClusterId, byKey[pair[1]].StoryClusterId);

        var nuclear = app.Manifest.Stories.Single(s => s.Key == "kazakhstan-nuclear-plant").Members.Select(m => byKey[m].StoryClusterId).Distinct().ToList();
        Assert.Single(nuclear);
        var cluster = await db.StoryClusters.SingleAsync(c => c.Id == nuclear[0]);
        Assert.Equal(2, cluster.SourceCount);
    }

    [Fact]
    public async Task Ingestion_runs_are_recorded_and_sources_are_healthy()
    {
        await using var db = app.CreateDbContext();
        var runs = await db.IngestionRuns.AsNoTracking().ToListAsync();
        Assert.Equal(app.Manifest.Articles.Count, runs.Sum(r => r.New));
        Assert.All(runs, r => Assert.True(r.Discovered > 0 && r.FinishedAt is not null));
        Assert.All(await db.Sources.AsNoTracking().ToListAsync(), s =>
        {
            Assert.Equal(0, s.ConsecutiveErrors);
            Assert.NotNull(s.LastSuccessAt);
            Assert.Null(s.LeaseOwner);
            Assert.True(s.NextAttemptAt > DateTimeOffset.UtcNow);
        });
    }

    [Fact]
    public void Robots_txt_disallowed_pages_are_never_fetched()
    {
        foreach (var path in app.Manifest.Disallowed)
            Assert.DoesNotContain(app.Site.Requests, r => r.Path.Contains(path.TrimEnd('/'), StringComparison.Ordinal));
        Assert.NotEmpty(app.Site.RequestsTo("/robots.txt"));
    }

    [Fact]
    public async Task A_second_pass_over_unchanged_sources_changes_nothing()
    {
        await using var db = app.CreateDbContext();
        var before = await db.Articles.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Id, a.Title, a.ContentHash, a.UpdatedAt, a.StoryClusterId }).ToListAsync();
        await db.Sources.ExecuteUpdateAsync(s => s.SetProperty(x => x.NextAttemptAt, DateTimeOffset.UtcNow.AddMinutes(-1)));
        var runs = await ScraperPasses.RunAllDueAsync(app.Services, "second-pass");
        Assert.All(runs, r => { Assert.True(r.Succeeded); Assert.Equal(0, r.New); Assert.Equal(0, r.Updated); Assert.Equal(0, r.Failed); });
        var after = await db.Articles.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Id, a.Title, a.ContentHash, a.UpdatedAt, a.StoryClusterId }).ToListAsync();
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Demo_articles_appear_on_the_reader_pages()
    {
        var client = app.CreateClient();
        await app.Services.GetRequiredService<NewsHub.Web.Reading.ContentChanges>().PublishAsync(default);
        var home = await client.GetStringAsync("/");
        Assert.Contains("sources</a>", home, StringComparison.Ordinal);
        var region = await client.GetStringAsync("/region/central-asia");
        Assert.Contains("Kazakhstan", region, StringComparison.Ordinal);
        var search = await client.GetStringAsync("/search?q=Oman");
        Assert.Contains("talks", search, StringComparison.OrdinalIgnoreCase);
    }

    private static string Fold(string text) => string.Join(' ', System.Net.WebUtility.HtmlDecode(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
