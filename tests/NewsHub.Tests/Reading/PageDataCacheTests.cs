using Microsoft.Extensions.Options;
using NewsHub.Web.Reading;

namespace NewsHub.Tests.Reading;

public sealed class PageDataCacheTests
{
    private static PageDataCache Cache(TimeSpan? duration = null) =>
        new(Options.Create(new ReadingOptions { DataCacheDuration = duration ?? TimeSpan.FromMinutes(1) }));

    [Fact]
    public async Task Concurrent_requests_for_one_key_share_one_load()
    {
        using var cache = Cache();
        var loads = 0;
        var gate = new TaskCompletionSource();
        async Task<string> Load()
        {
            Interlocked.Increment(ref loads);
            await gate.Task;
            return "home";
        }
        var waiting = Enumerable.Range(0, 8).Select(_ => cache.GetAsync("home", Load)).ToList();
        gate.SetResult();
        Assert.All(await Task.WhenAll(waiting), v => Assert.Equal("home", v));
        Assert.Equal(1, loads);
        Assert.Equal("home", await cache.GetAsync("home", Load));
        Assert.Equal(1, loads);
    }

    [Fact]
    public async Task Forgetting_one_key_reloads_it_and_keeps_the_others()
    {
        using var cache = Cache();
        var version = 1;
        Assert.Equal(1, await cache.GetAsync("article:7", () => Task.FromResult(version)));
        Assert.Equal(1, await cache.GetAsync("article:8", () => Task.FromResult(version)));
        version = 2;
        cache.Forget("article:7");
        Assert.Equal(2, await cache.GetAsync("article:7", () => Task.FromResult(version)));
        Assert.Equal(1, await cache.GetAsync("article:8", () => Task.FromResult(version)));
    }

    [Fact]
    public async Task A_content_change_makes_the_next_request_load_again()
    {
        using var cache = Cache();
        var version = 1;
        Assert.Equal(1, await cache.GetAsync("region:central-asia:", () => Task.FromResult(version)));
        version = 2;
        Assert.Equal(1, await cache.GetAsync("region:central-asia:", () => Task.FromResult(version)));
        cache.Invalidate();
        Assert.Equal(2, await cache.GetAsync("region:central-asia:", () => Task.FromResult(version)));
    }

    [Fact]
    public async Task A_failed_load_is_not_remembered()
    {
        using var cache = Cache();
        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetAsync<int>("article:1", () => throw new InvalidOperationException("database down")));
        Assert.Equal(7, await cache.GetAsync("article:1", () => Task.FromResult(7)));
    }

    [Fact]
    public async Task Zero_duration_turns_the_cache_off()
    {
        using var cache = Cache(TimeSpan.Zero);
        var loads = 0;
        for (var i = 0; i < 3; i++) await cache.GetAsync("home", () => Task.FromResult(Interlocked.Increment(ref loads)));
        Assert.Equal(3, loads);
    }
}
