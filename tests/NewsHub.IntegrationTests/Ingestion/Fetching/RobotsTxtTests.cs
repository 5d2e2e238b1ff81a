using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Ingestion.Fetching;

namespace NewsHub.IntegrationTests.Ingestion.Fetching;

public class RobotsTxtTests
{
    private static Task<LoopbackServer> SiteWithRobots(Func<IResult> robots) => LoopbackServer.StartAsync(app =>
    {
        app.MapGet("/robots.txt", robots);
        app.MapGet("/private/{id}", (string id) => $"secret {id}");
        app.MapGet("/news/{id}", (string id) => $"story {id}");
        app.MapGet("/moved", () => Results.Redirect("/private/via-redirect"));
    });

    [Fact]
    public async Task Disallowed_path_is_never_requested_and_allowed_path_is()
    {
        await using var server = await SiteWithRobots(() => Results.Text("User-agent: *\nDisallow: /private/\n"));
        using var fetcher = TestFetchers.Create();

        var blocked = await fetcher.FetchAsync(server.Url("/private/1"));
        var allowed = await fetcher.FetchAsync(server.Url("/news/1"));

        Assert.Equal(FetchStatus.Failed, blocked.Status);
        Assert.Contains("Disallowed by robots.txt", blocked.Error);
        Assert.False(blocked.Transient);
        Assert.Equal("story 1", allowed.Text);
        Assert.DoesNotContain(server.Requests, r => r.Path.StartsWith("/private", StringComparison.Ordinal));
        Assert.Single(server.RequestsTo("/robots.txt")); // cached per host
    }

    [Fact]
    public async Task Group_for_our_product_token_applies()
    {
        await using var server = await SiteWithRobots(() => Results.Text("User-agent: *\nAllow: /\n\nUser-agent: NewsHub\nDisallow: /news/\n"));
        using var fetcher = TestFetchers.Create();

        var result = await fetcher.FetchAsync(server.Url("/news/2"));

        Assert.Contains("Disallowed by robots.txt", result.Error);
        Assert.Empty(server.RequestsTo("/news/2"));
    }

    [Fact]
    public async Task Redirect_into_a_disallowed_path_is_not_followed()
    {
        await using var server = await SiteWithRobots(() => Results.Text("User-agent: *\nDisallow: /private/\n"));
        using var fetcher = TestFetchers.Create();

        var result = await fetcher.FetchAsync(server.Url("/moved"));

        Assert.Contains("Disallowed by robots.txt", result.Error);
        Assert.Equal(server.Url("/private/via-redirect"), result.FinalUrl);
        Assert.Empty(server.RequestsTo("/private/via-redirect"));
    }

    [Fact]
    public async Task Missing_robots_txt_allows_everything()
    {
        await using var server = await SiteWithRobots(() => Results.NotFound());
        using var fetcher = TestFetchers.Create();

        var result = await fetcher.FetchAsync(server.Url("/private/3"));

        Assert.Equal("secret 3", result.Text);
    }

    [Fact]
    public async Task Unreachable_robots_txt_blocks_the_host_for_a_while_then_is_asked_again()
    {
        var robotsWorks = false;
        await using var server = await SiteWithRobots(() => Volatile.Read(ref robotsWorks) ? Results.Text("User-agent: *\nDisallow:\n") : Results.StatusCode(503));
        var clock = new ShiftableClock();
        using var fetcher = TestFetchers.Create(o => o.RobotsErrorCacheDuration = TimeSpan.FromMinutes(10), clock);

        var blocked = await fetcher.FetchAsync(server.Url("/news/4"));
        var stillBlocked = await fetcher.FetchAsync(server.Url("/news/4"));
        Volatile.Write(ref robotsWorks, true);
        clock.Offset = TimeSpan.FromMinutes(11);
        var allowed = await fetcher.FetchAsync(server.Url("/news/4"));

        Assert.Equal(FetchStatus.Failed, blocked.Status);
        Assert.True(blocked.Transient);
        Assert.Contains("robots.txt", blocked.Error);
        Assert.Contains("503", blocked.Error);
        Assert.NotNull(blocked.RetryAfter);
        Assert.InRange(blocked.RetryAfter.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
        Assert.Equal(FetchStatus.Failed, stillBlocked.Status);
        Assert.Equal("story 4", allowed.Text);
        Assert.Single(server.RequestsTo("/news/4"));
        Assert.Equal(2, server.RequestsTo("/robots.txt").Count);
    }

    [Fact]
    public async Task Crawl_delay_spaces_out_requests_to_the_host()
    {
        await using var server = await SiteWithRobots(() => Results.Text("User-agent: *\nCrawl-delay: 0.4\n"));
        using var fetcher = TestFetchers.Create(o => o.PerHostDelay = TimeSpan.Zero);

        await fetcher.FetchAsync(server.Url("/news/a"));
        await fetcher.FetchAsync(server.Url("/news/b"));

        var first = Assert.Single(server.RequestsTo("/news/a"));
        var second = Assert.Single(server.RequestsTo("/news/b"));
        Assert.True(Stopwatch.GetElapsedTime(first.StartedAt, second.StartedAt) >= TimeSpan.FromMilliseconds(400));
    }

    [Fact]
    public async Task Robots_txt_is_not_consulted_when_disabled()
    {
        await using var server = await SiteWithRobots(() => Results.Text("User-agent: *\nDisallow: /\n"));
        using var fetcher = TestFetchers.Create(o => o.RespectRobotsTxt = false);

        var result = await fetcher.FetchAsync(server.Url("/private/5"));

        Assert.Equal("secret 5", result.Text);
        Assert.Empty(server.RequestsTo("/robots.txt"));
    }
}
