using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Ingestion;
using NewsHub.Web.Model;

namespace NewsHub.IntegrationTests.Ingestion;

/// <summary>A dead, broken or malformed source is written down and backs off; the others carry on.</summary>
public sealed class SourceFailureTests(SourceFailureTests.Fixture app) : IClassFixture<SourceFailureTests.Fixture>
{
    public sealed class Fixture : NewsHubAppFactory
    {
        public LoopbackServer Site { get; private set; } = null!;

        public Fixture()
        {
            With("NewsHub:Fetching:PerHostDelay", "00:00:00");
            With("NewsHub:Fetching:MaxRetries", "1");
            With("NewsHub:Fetching:RetryBaseDelay", "00:00:00.010");
            With("NewsHub:Fetching:Timeout", "00:00:03");
        }

        public override async Task InitializeAsync()
        {
            Site = await LoopbackServer.StartAsync(app =>
            {
                app.MapGet("/html-not-feed", () => Results.Content("<html><head><title>Oops</title></head><body><p>Maintenance</p></body></html>", "text/html"));
                app.MapGet("/broken.xml", () => Results.Content("<?xml version=\"1.0\"?><rss><channel><item><title>Cut off", "application/rss+xml"));
                app.MapGet("/500.xml", () => Results.StatusCode(500));
                app.MapGet("/good.xml", () => Results.Content(GoodFeed, "application/rss+xml"));
                app.MapGet("/article/{n}", (int n) => Results.Content(ArticlePage(n), "text/html; charset=utf-8"));
                app.MapGet("/article/missing", () => Results.NotFound());
                app.MapGet("/copy/{n}", (int n) => Results.Content(ArticlePage(n), "text/html; charset=utf-8"));
                app.MapGet("/twins.xml", () => Results.Content(TwinFeed, "application/rss+xml"));
            });
            await base.InitializeAsync();
        }

        private string GoodFeed => $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Good</title><link>{Site.BaseUri}</link>
            <item><title>Tashkent hosts a regional water forum</title><link>{Site.Url("article/1")}</link><pubDate>Sat, 21 Nov 2026 10:00:00 +0500</pubDate></item>
            <item><title>Gone story</title><link>{Site.Url("article/missing")}</link></item>
            </channel></rss>
            """;

        /// <summary>One article reachable under two URLs (a syndicated copy): same body, two links.</summary>
        private string TwinFeed => $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Twins</title><link>{Site.BaseUri}</link>
            <item><title>Water forum</title><link>{Site.Url("article/7")}</link></item>
            <item><title>Water forum (copy)</title><link>{Site.Url("copy/7")}?utm_source=feed</link></item>
            </channel></rss>
            """;

        private static string ArticlePage(int n) => $"""
            <!DOCTYPE html><html lang="en"><head><title>Tashkent hosts a regional water forum | Good News</title></head>
            <body><nav><a href="/">Home</a></nav><article><h1>Tashkent hosts a regional water forum</h1>
            <p class="byline">By Dilnoza Karimova</p><time datetime="2026-11-21T10:00:00+05:00">21 November 2026</time>
            <p>Ministers from Uzbekistan, Kazakhstan and Tajikistan met in Tashkent on Saturday to discuss how the region shares the waters of the Amu Darya and Syr Darya rivers.</p>
            <p>The forum, number {n} of its kind, agreed to publish river flow data every week and to meet again in the spring in Dushanbe.</p>
            <p>Officials said the drought of the last two summers had made cooperation more urgent than ever for farmers across the Fergana Valley.</p>
            </article><footer>© Good News</footer></body></html>
            """;

        public override async Task DisposeAsync()
        {
            await Site.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    private async Task<(Source Source, IngestionRun Run)> RunAsync(string name, string url, SourceKind kind = SourceKind.Feed)
    {
        await using var db = app.CreateDbContext();
        var source = new Source { Name = name, Slug = name.ToLowerInvariant().Replace(' ', '-'), Url = url, Kind = kind, NextAttemptAt = DateTimeOffset.UtcNow };
        db.Sources.Add(source);
        await db.SaveChangesAsync();
        var run = await app.Services.GetRequiredService<IngestionPipeline>().RunAsync(source.Id, "test", default);
        await using var after = app.CreateDbContext();
        return (await after.Sources.AsNoTracking().SingleAsync(s => s.Id == source.Id), run);
    }

    private static int ClosedPort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    [Fact]
    public async Task A_dead_source_records_the_error_and_backs_off_then_recovers_its_schedule()
    {
        var (source, run) = await RunAsync("Dead Source", $"http://127.0.0.1:{ClosedPort()}/feed.xml");
        Assert.False(run.Succeeded);
        Assert.Equal(1, source.ConsecutiveErrors);
        Assert.False(string.IsNullOrEmpty(source.LastError));
        Assert.True(source.NextAttemptAt > DateTimeOffset.UtcNow.AddSeconds(30));
        Assert.Null(source.LeaseOwner);
        Assert.Single(run.Errors);
    }

    [Fact]
    public async Task An_html_page_given_as_a_feed_is_a_clear_error()
    {
        var (source, _) = await RunAsync("Html Source", app.Site.Url("html-not-feed").AbsoluteUri);
        Assert.Contains("Not a readable feed", source.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_feed_and_a_500_are_recorded_not_thrown()
    {
        var (broken, _) = await RunAsync("Broken Feed", app.Site.Url("broken.xml").AbsoluteUri);
        Assert.Equal(1, broken.ConsecutiveErrors);
        var (failing, _) = await RunAsync("Failing Feed", app.Site.Url("500.xml").AbsoluteUri);
        Assert.Equal(1, failing.ConsecutiveErrors);
        Assert.Contains("500", failing.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_body_under_a_second_URL_is_linked_not_stored_twice()
    {
        var (source, run) = await RunAsync("Twin Feed", app.Site.Url("twins.xml").AbsoluteUri);
        Assert.Equal(1, run.New);
        Assert.Equal(1, run.Unchanged);
        await using var db = app.CreateDbContext();
        var article = await db.Articles.SingleAsync(a => a.SourceId == source.Id);
        var alias = await db.ArticleAliases.SingleAsync(a => a.ArticleId == article.Id);
        Assert.EndsWith("/copy/7", alias.Url, StringComparison.Ordinal);   // canonical: utm_source dropped
    }

    [Fact]
    public async Task A_failing_article_is_counted_with_its_reason_while_the_rest_is_stored()
    {
        var (source, run) = await RunAsync("Good Feed", app.Site.Url("good.xml").AbsoluteUri);
        Assert.True(run.Succeeded);
        Assert.Equal(0, source.ConsecutiveErrors);
        Assert.Equal(1, run.New);
        Assert.Equal(1, run.Failed);
        Assert.Contains(run.Errors, e => e.Contains("article/missing", StringComparison.Ordinal));
        await using var db = app.CreateDbContext();
        var article = await db.Articles.SingleAsync(a => a.SourceId == source.Id);
        Assert.Equal("Tashkent hosts a regional water forum", article.Title);
        Assert.Equal("Dilnoza Karimova", article.Byline);
        Assert.Contains(await db.ArticleCountries.Where(t => t.ArticleId == article.Id).Select(t => t.CountryCode).ToListAsync(), c => c == "UZ");
    }
}
