using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Ingestion.Fetching;

namespace NewsHub.IntegrationTests.Ingestion.Fetching;

public class PolitenessTests
{
    /// <summary>
    /// Counts requests in flight inside the handler and answers only after leaving, so any overlap the
    /// fetcher allows is visible here regardless of how fast the machine is.
    /// </summary>
    private sealed class OverlapProbe
    {
        private int _inFlight;
        private int _maxInFlight;
        private readonly List<(long Start, long Answered)> _spans = [];

        public int MaxInFlight => Volatile.Read(ref _maxInFlight);

        public IReadOnlyList<(long Start, long Answered)> Spans { get { lock (_spans) return [.. _spans.OrderBy(s => s.Start)]; } }

        public async Task<string> HandleAsync()
        {
            var start = Stopwatch.GetTimestamp();
            var now = Interlocked.Increment(ref _inFlight);
            int seen;
            while ((seen = Volatile.Read(ref _maxInFlight)) < now && Interlocked.CompareExchange(ref _maxInFlight, now, seen) != seen) { }
            await Task.Delay(30);
            Interlocked.Decrement(ref _inFlight);
            lock (_spans) _spans.Add((start, Stopwatch.GetTimestamp()));
            return "ok";
        }
    }

    [Fact]
    public async Task Concurrent_fetches_to_one_host_never_overlap()
    {
        var probe = new OverlapProbe();
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/page/{n}", (string n) => probe.HandleAsync()));
        using var fetcher = TestFetchers.Create();

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(n => fetcher.FetchAsync(server.Url($"/page/{n}"))));

        Assert.All(results, r => Assert.Equal(FetchStatus.Ok, r.Status));
        Assert.Equal(6, probe.Spans.Count);
        Assert.Equal(1, probe.MaxInFlight);
        var spans = probe.Spans;
        for (var i = 1; i < spans.Count; i++) Assert.True(spans[i].Start >= spans[i - 1].Answered);
    }

    [Fact]
    public async Task Per_host_delay_separates_consecutive_requests()
    {
        var probe = new OverlapProbe();
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/page/{n}", (string n) => probe.HandleAsync()));
        using var fetcher = TestFetchers.Create(o => { o.PerHostDelay = TimeSpan.FromMilliseconds(150); o.RespectRobotsTxt = false; });

        await Task.WhenAll(Enumerable.Range(0, 3).Select(n => fetcher.FetchAsync(server.Url($"/page/{n}"))));

        var spans = probe.Spans;
        Assert.Equal(3, spans.Count);
        for (var i = 1; i < spans.Count; i++)
            Assert.True(Stopwatch.GetElapsedTime(spans[i - 1].Answered, spans[i].Start) >= TimeSpan.FromMilliseconds(150));
    }

    [Fact]
    public async Task Different_hosts_are_fetched_in_parallel()
    {
        // Each handler waits until the other host's request has arrived: serialising hosts would deadlock this.
        var bothArrived = new CountdownEvent(2);
        Task<string> Meet()
        {
            bothArrived.Signal();
            return Task.Run(() => bothArrived.Wait(TimeSpan.FromSeconds(5)) ? "met" : "alone");
        }
        await using var first = await LoopbackServer.StartAsync(app => app.MapGet("/", Meet));
        await using var second = await LoopbackServer.StartAsync(app => app.MapGet("/", Meet));
        using var fetcher = TestFetchers.Create(o => o.RespectRobotsTxt = false);

        var results = await Task.WhenAll(fetcher.FetchAsync(first.Url("/")), fetcher.FetchAsync(second.Url("/")));

        Assert.All(results, r => Assert.Equal("met", r.Text));
    }

    [Fact]
    public async Task Dead_host_does_not_hold_up_another_host()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var dead = new RawHttpServer(async (_, _, ct) => await release.Task.WaitAsync(ct));
        await using var healthy = await LoopbackServer.StartAsync(app => app.MapGet("/news", () => "alive"));
        using var fetcher = TestFetchers.Create(o => { o.Timeout = TimeSpan.FromSeconds(30); o.MaxRetries = 0; });

        var deadFetch = fetcher.FetchAsync(dead.Url("/news"));
        var giveUp = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 10;
        while (dead.ConnectionCount == 0 && Stopwatch.GetTimestamp() < giveUp) await Task.Delay(10);
        Assert.Equal(1, dead.ConnectionCount); // the dead host is now holding a request
        var healthyResult = await fetcher.FetchAsync(healthy.Url("/news"));
        var deadStillPending = !deadFetch.IsCompleted;
        release.SetResult(); // the dead host hangs up without answering
        var deadResult = await deadFetch;

        Assert.Equal("alive", healthyResult.Text);
        Assert.True(deadStillPending);
        Assert.Equal(FetchStatus.Failed, deadResult.Status);
        Assert.True(deadResult.Transient);
    }
}
