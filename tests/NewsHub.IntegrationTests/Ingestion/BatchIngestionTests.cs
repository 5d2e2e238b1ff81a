using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Ingestion;
using NewsHub.Web.Model;

namespace NewsHub.IntegrationTests.Ingestion;

/// <summary>
/// A pass works in batches: candidates fetched a few at a time (IngestionOptions.ArticleConcurrency), new articles stored
/// and clustered together (BatchSize), never more than MaxArticlesPerPass per pass.
/// </summary>
public sealed class BatchIngestionTests(BatchIngestionTests.Fixture app) : IClassFixture<BatchIngestionTests.Fixture>
{
    public const int Concurrency = 3;
    public const int PerPass = 5;

    public sealed class Fixture : NewsHubAppFactory
    {
        private int _inFlight;
        private int _maxInFlight;

        public LoopbackServer Site { get; private set; } = null!;

        /// <summary>The most /slow/ pages the server was answering at one moment.</summary>
        public int MaxInFlight => Volatile.Read(ref _maxInFlight);

        public Fixture()
        {
            With("NewsHub:Fetching:PerHostDelay", "00:00:00");
            // The loopback site is ours: let the fetcher open several connections, so the pipeline's own limit is what shows.
            With("NewsHub:Fetching:MaxConcurrentPerHost", "16");
            With("NewsHub:Fetching:MaxRetries", "0");
            With("NewsHub:Ingestion:ArticleConcurrency", Concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture));
            With("NewsHub:Ingestion:BatchSize", "4");
            With("NewsHub:Ingestion:MaxArticlesPerPass", PerPass.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        public override async Task InitializeAsync()
        {
            Site = await LoopbackServer.StartAsync(app =>
            {
                app.MapGet("/slow.xml", (HttpContext http) =>
                {
                    http.Response.Headers.ETag = "\"slow-v1\"";
                    return Results.Content(Feed("Slow", Enumerable.Range(1, 8).Select(n => $"slow/{n}")), "application/rss+xml");
                });
                app.MapGet("/slow/{n}", async (int n) =>
                {
                    var now = Interlocked.Increment(ref _inFlight);
                    int seen;
                    while (now > (seen = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, seen) != seen) { }
                    try
                    {
                        // Long enough that requests sent together overlap on the server.
                        await Task.Delay(150);
                        return Results.Content(ArticlePage("Aral Sea restoration project", n), "text/html; charset=utf-8");
                    }
                    finally
                    {
                        Interlocked.Decrement(ref _inFlight);
                    }
                });
                app.MapGet("/batch.xml", () => Results.Content(Feed("Batch", ["forum/1", "forum/2", "forum/missing", "syndicated/1"]), "application/rss+xml"));
                app.MapGet("/forum/{n}", (int n) => Results.Content(ArticlePage("Tashkent hosts a regional water forum", n), "text/html; charset=utf-8"));
                app.MapGet("/forum/missing", () => Results.NotFound());
                app.MapGet("/syndicated/{n}", (int n) => Results.Content(ArticlePage("Tashkent hosts a regional water forum", n), "text/html; charset=utf-8"));
            });
            await base.InitializeAsync();
        }

        private string Feed(string title, IEnumerable<string> paths) => $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>{title}</title><link>{Site.BaseUri}</link>
            {string.Concat(paths.Select(p => $"<item><title>{title} {p}</title><link>{Site.Url(p)}</link></item>"))}
            </channel></rss>
            """;

        /// <summary>The same report with one number changed: a different body (hash) telling the same story.</summary>
        private static string ArticlePage(string headline, int n) => $"""
            <!DOCTYPE html><html lang="en"><head><title>{headline} | Good News</title></head>
            <body><nav><a href="/">Home</a></nav><article><h1>{headline}</h1>
            <p class="byline">By Dilnoza Karimova</p><time datetime="2026-11-21T10:00:00+05:00">21 November 2026</time>
            <p>Ministers from Uzbekistan, Kazakhstan and Tajikistan met in Tashkent on Saturday to discuss how the region shares the waters of the Amu Darya and Syr Darya rivers.</p>
            <p>The {headline} meeting, number {n} of its kind, agreed to publish river flow data every week and to meet again in the spring in Dushanbe.</p>
            <p>Officials said the drought of the last two summers had made cooperation more urgent than ever for farmers across the Fergana Valley.</p>
            </article><footer>© Good News</footer></body></html>
            """;

        public override async Task DisposeAsync()
        {
            await Site.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    private async Task<Source> AddSourceAsync(string name, string path)
    {
        await using var db = app.CreateDbContext();
        var source = new Source
        {
            Name = name, Slug = name.ToLowerInvariant().Replace(' ', '-'), Url = app.Site.Url(path).AbsoluteUri, Kind = SourceKind.Feed,
            NextAttemptAt = DateTimeOffset.UtcNow,
        };
        db.Sources.Add(source);
        await db.SaveChangesAsync();
        return source;
    }

    private Task<IngestionRun> PassAsync(Source source) => app.Services.GetRequiredService<IngestionPipeline>().RunAsync(source.Id, "test", default);

    [Fact]
    public async Task Pages_are_fetched_at_the_configured_concurrency_and_a_pass_stops_at_its_cap()
    {
        var source = await AddSourceAsync("Slow Feed", "slow.xml");

        var first = await PassAsync(source);
        Assert.Equal(PerPass, first.New);
        Assert.Equal(0, first.Failed);
        // A batch of 4 with 3 slots: three pages were in flight together, never more.
        Assert.Equal(Concurrency, app.MaxInFlight);
        await using (var db = app.CreateDbContext())
        {
            // The pass did not take everything: the feed's validators are not kept, so the next pass reads it in full.
            Assert.False(await db.HttpCache.AnyAsync(e => e.Url == source.Url));
            Assert.Equal(PerPass, await db.Articles.CountAsync(a => a.SourceId == source.Id));
        }

        var second = await PassAsync(source);
        Assert.Equal(3, second.New);
        Assert.Equal(PerPass, second.Unchanged);
        await using (var db = app.CreateDbContext())
        {
            Assert.True(await db.HttpCache.AnyAsync(e => e.Url == source.Url && e.ETag == "\"slow-v1\""));
            Assert.Equal(8, await db.Articles.CountAsync(a => a.SourceId == source.Id));
        }
    }

    [Fact]
    public async Task One_batch_keeps_its_good_articles_past_a_failure_links_a_copy_and_clusters_two_reports_together()
    {
        var source = await AddSourceAsync("Batch Feed", "batch.xml");

        var run = await PassAsync(source);

        Assert.True(run.Succeeded);
        Assert.Equal(2, run.New);
        Assert.Equal(1, run.Unchanged);   // the syndicated copy: same body as forum/1
        Assert.Equal(1, run.Failed);
        Assert.Contains(run.Errors, e => e.Contains("forum/missing", StringComparison.Ordinal));
        await using var db = app.CreateDbContext();
        var articles = await db.Articles.Where(a => a.SourceId == source.Id).ToListAsync();
        Assert.Equal(2, articles.Count);
        var first = articles.Single(a => a.Url.EndsWith("/forum/1", StringComparison.Ordinal));
        var alias = await db.ArticleAliases.SingleAsync(a => a.ArticleId == first.Id);
        Assert.EndsWith("/syndicated/1", alias.Url, StringComparison.Ordinal);
        // Two reports of one event stored in one batch: one cluster, whose summary counts both.
        var clusterId = Assert.Single(articles.Select(a => a.StoryClusterId).Distinct())!.Value;
        Assert.Equal(2, (await db.StoryClusters.SingleAsync(c => c.Id == clusterId)).ArticleCount);
        Assert.All(articles, a => Assert.NotEmpty(db.ArticleCountries.Where(t => t.ArticleId == a.Id)));
    }
}
