using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Ingestion.Fetching;

namespace NewsHub.IntegrationTests.Ingestion.Fetching;

public class ConditionalGetTests
{
    private const string ETag = "\"feed-v7\"";
    private const string LastModified = "Wed, 21 Oct 2026 07:28:00 GMT";

    private static Task<LoopbackServer> FeedServer() => LoopbackServer.StartAsync(app =>
    {
        app.MapGet("/etag", (HttpContext c) =>
        {
            if (c.Request.Headers.IfNoneMatch == ETag) return Results.StatusCode(304);
            c.Response.Headers.ETag = ETag;
            return Results.Text("<rss/>", "application/rss+xml");
        });
        app.MapGet("/dated", (HttpContext c) =>
        {
            if (c.Request.Headers.IfModifiedSince == LastModified) return Results.StatusCode(304);
            c.Response.Headers.LastModified = LastModified;
            return Results.Text("<rss/>", "application/rss+xml");
        });
    });

    [Fact]
    public async Task Etag_from_the_first_fetch_makes_the_second_not_modified()
    {
        await using var server = await FeedServer();
        using var fetcher = TestFetchers.Create();

        var first = await fetcher.FetchAsync(server.Url("/etag"));
        var second = await fetcher.FetchAsync(server.Url("/etag"), new FetchRequest(ETag: first.ETag, LastModified: first.LastModified));

        Assert.Equal(FetchStatus.Ok, first.Status);
        Assert.Equal(ETag, first.ETag);
        Assert.Equal(FetchStatus.NotModified, second.Status);
        Assert.Equal(304, second.HttpStatus);
        Assert.Null(second.Text);
        Assert.Null(second.Bytes);
        Assert.Equal(ETag, second.ETag);
        Assert.Equal(ETag, server.RequestsTo("/etag")[1].Header("If-None-Match"));
        Assert.Null(server.RequestsTo("/etag")[0].Header("If-None-Match"));
    }

    [Fact]
    public async Task Last_modified_from_the_first_fetch_makes_the_second_not_modified()
    {
        await using var server = await FeedServer();
        using var fetcher = TestFetchers.Create();

        var first = await fetcher.FetchAsync(server.Url("/dated"));
        var second = await fetcher.FetchAsync(server.Url("/dated"), new FetchRequest(ETag: first.ETag, LastModified: first.LastModified));

        Assert.Equal(LastModified, first.LastModified);
        Assert.Equal(FetchStatus.NotModified, second.Status);
        Assert.Equal(LastModified, second.LastModified);
        Assert.Equal(LastModified, server.RequestsTo("/dated")[1].Header("If-Modified-Since"));
    }

    [Fact]
    public async Task Damaged_validator_is_dropped_instead_of_injecting_headers()
    {
        await using var server = await FeedServer();
        using var fetcher = TestFetchers.Create();

        var result = await fetcher.FetchAsync(server.Url("/etag"), new FetchRequest(ETag: "\"x\"\r\nX-Injected: yes"));

        Assert.Equal(FetchStatus.Ok, result.Status);
        var request = Assert.Single(server.RequestsTo("/etag"));
        Assert.Null(request.Header("If-None-Match"));
        Assert.Null(request.Header("X-Injected"));
    }
}
