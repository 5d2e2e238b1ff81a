using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Ingestion.Fetching;

namespace NewsHub.IntegrationTests.Ingestion.Fetching;

public class RedirectTests
{
    [Fact]
    public async Task Permanent_redirect_is_followed_and_the_final_url_recorded()
    {
        await using var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/old", () => Results.Redirect("/new/story?id=7", permanent: true));
            app.MapGet("/new/story", () => "moved here");
        });
        using var fetcher = TestFetchers.Create();

        var result = await fetcher.FetchAsync(server.Url("/old"));

        Assert.Equal(FetchStatus.Ok, result.Status);
        Assert.Equal("moved here", result.Text);
        Assert.Equal(server.Url("/old"), result.RequestedUrl);
        Assert.Equal(server.Url("/new/story?id=7"), result.FinalUrl);
        Assert.Equal(200, result.HttpStatus);
    }

    [Fact]
    public async Task Redirect_to_another_host_is_followed()
    {
        await using var target = await LoopbackServer.StartAsync(app => app.MapGet("/article", () => "elsewhere"));
        await using var origin = await LoopbackServer.StartAsync(app => app.MapGet("/a", () => Results.Redirect(target.Url("/article").ToString())));
        using var fetcher = TestFetchers.Create();

        var result = await fetcher.FetchAsync(origin.Url("/a"));

        Assert.Equal("elsewhere", result.Text);
        Assert.Equal(target.Url("/article"), result.FinalUrl);
        Assert.Single(target.RequestsTo("/robots.txt")); // robots.txt is checked on the new host too
    }

    [Fact]
    public async Task Chain_longer_than_the_limit_fails_without_following_further()
    {
        await using var server = await LoopbackServer.StartAsync(app =>
            app.MapGet("/hop/{n:int}", (int n) => Results.Redirect($"/hop/{n + 1}")));
        using var fetcher = TestFetchers.Create(o => o.MaxRedirects = 3);

        var result = await fetcher.FetchAsync(server.Url("/hop/0"));

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Contains("Too many redirects", result.Error);
        Assert.False(result.Transient);
        Assert.Equal(server.Url("/hop/3"), result.FinalUrl);
        Assert.Equal(4, server.Requests.Count(r => r.Path.StartsWith("/hop/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Redirect_loop_is_detected()
    {
        await using var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/a", () => Results.Redirect("/b"));
            app.MapGet("/b", () => Results.Redirect("/a#again"));
        });
        using var fetcher = TestFetchers.Create(o => o.MaxRedirects = 10);

        var result = await fetcher.FetchAsync(server.Url("/a"));

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Contains("Redirect loop", result.Error);
        Assert.Single(server.RequestsTo("/a"));
        Assert.Single(server.RequestsTo("/b"));
    }

    [Fact]
    public async Task Redirect_to_a_non_http_scheme_is_refused()
    {
        await using var server = await LoopbackServer.StartAsync(app =>
            app.MapGet("/download", (HttpContext c) => { c.Response.StatusCode = 302; c.Response.Headers.Location = "ftp://files.example/report.pdf"; }));
        using var fetcher = TestFetchers.Create();

        var result = await fetcher.FetchAsync(server.Url("/download"));

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Contains("non-http(s)", result.Error);
        Assert.Equal(302, result.HttpStatus);
    }

    [Fact]
    public async Task Redirect_without_location_is_an_error()
    {
        await using var server = await LoopbackServer.StartAsync(app =>
            app.MapGet("/broken", (HttpContext c) => c.Response.StatusCode = 301));
        using var fetcher = TestFetchers.Create();

        var result = await fetcher.FetchAsync(server.Url("/broken"));

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Contains("without a Location", result.Error);
    }

    [Fact]
    public async Task Non_http_url_is_refused_without_a_request()
    {
        using var fetcher = TestFetchers.Create();

        var result = await fetcher.FetchAsync(new Uri("file:///etc/passwd"));

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Contains("http(s)", result.Error);
    }
}
