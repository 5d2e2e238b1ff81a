using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Ingestion.Fetching;

namespace NewsHub.IntegrationTests.Ingestion.Fetching;

public class StatusAndRetryTests
{
    [Theory]
    [InlineData(404)]
    [InlineData(410)]
    [InlineData(401)]
    [InlineData(403)]
    public async Task Permanent_errors_are_not_retried(int status)
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/gone", () => Results.StatusCode(status)));
        using var fetcher = TestFetchers.Create(o => o.MaxRetries = 3);

        var result = await fetcher.FetchAsync(server.Url("/gone"));

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Equal(status, result.HttpStatus);
        Assert.StartsWith($"HTTP {status}", result.Error);
        Assert.False(result.Transient);
        Assert.Single(server.RequestsTo("/gone"));
    }

    [Fact]
    public async Task Server_error_is_retried_then_reported_as_transient()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/flaky", () => Results.StatusCode(500)));
        using var fetcher = TestFetchers.Create(o => o.MaxRetries = 2);

        var result = await fetcher.FetchAsync(server.Url("/flaky"));

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Equal(500, result.HttpStatus);
        Assert.True(result.Transient);
        Assert.Null(result.RetryAfter);
        Assert.Equal(3, server.RequestsTo("/flaky").Count);
    }

    [Fact]
    public async Task Service_unavailable_with_retry_after_is_waited_out_then_succeeds()
    {
        var calls = 0;
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/busy", (HttpContext c) =>
        {
            if (Interlocked.Increment(ref calls) > 1) return Results.Text("finally");
            c.Response.Headers.RetryAfter = "1";
            return Results.StatusCode(503);
        }));
        // Backoff is capped at 50 ms here, so only Retry-After can explain a one-second pause.
        using var fetcher = TestFetchers.Create(o => o.MaxRetries = 2);

        var result = await fetcher.FetchAsync(server.Url("/busy"));

        Assert.Equal(FetchStatus.Ok, result.Status);
        Assert.Equal("finally", result.Text);
        var requests = server.RequestsTo("/busy");
        Assert.Equal(2, requests.Count);
        var pause = Stopwatch.GetElapsedTime(requests[0].StartedAt, requests[1].StartedAt);
        Assert.True(pause >= TimeSpan.FromMilliseconds(950), $"second attempt came {pause.TotalMilliseconds} ms after the first");
    }

    [Fact]
    public async Task Retry_after_beyond_the_cap_gives_up_and_reports_when_to_come_back()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/later", (HttpContext c) =>
        {
            c.Response.Headers.RetryAfter = "3600";
            return Results.StatusCode(429);
        }));
        using var fetcher = TestFetchers.Create(o => { o.MaxRetries = 3; o.MaxRetryAfter = TimeSpan.FromMinutes(5); });

        var before = DateTimeOffset.UtcNow;
        var result = await fetcher.FetchAsync(server.Url("/later"));

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Equal(429, result.HttpStatus);
        Assert.True(result.Transient);
        Assert.NotNull(result.RetryAfter);
        Assert.InRange(result.RetryAfter.Value, before.AddSeconds(3590), DateTimeOffset.UtcNow.AddSeconds(3610));
        Assert.Single(server.RequestsTo("/later"));
    }

    [Fact]
    public async Task Retry_after_as_http_date_is_honoured()
    {
        var calls = 0;
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/dated", (HttpContext c) =>
        {
            if (Interlocked.Increment(ref calls) > 1) return Results.Text("ok");
            c.Response.Headers.RetryAfter = DateTimeOffset.UtcNow.AddSeconds(2).ToString("r");
            return Results.StatusCode(503);
        }));
        using var fetcher = TestFetchers.Create();

        var result = await fetcher.FetchAsync(server.Url("/dated"));

        Assert.Equal(FetchStatus.Ok, result.Status);
        var requests = server.RequestsTo("/dated");
        // HTTP-dates have one-second resolution, so two seconds ahead means at least one second of waiting.
        Assert.True(Stopwatch.GetElapsedTime(requests[0].StartedAt, requests[1].StartedAt) >= TimeSpan.FromMilliseconds(950));
    }

    [Fact]
    public async Task Cancellation_by_the_caller_throws()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/slow", async (CancellationToken ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), ct);
            return "late";
        }));
        using var fetcher = TestFetchers.Create(o => o.RespectRobotsTxt = false);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetcher.FetchAsync(server.Url("/slow"), ct: cts.Token));
    }
}
