using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Ingestion.Scheduling;
using NewsHub.Web.Model;

namespace NewsHub.IntegrationTests.Ingestion;

public sealed class SourceLeaseTests(NewsHubAppFactory app) : IClassFixture<NewsHubAppFactory>
{
    private async Task<int> AddSourceAsync(string slug, Action<Source> configure)
    {
        await using var db = app.CreateDbContext();
        var source = new Source { Name = slug, Slug = slug, Url = $"http://127.0.0.1:9/{slug}.xml", NextAttemptAt = DateTimeOffset.UtcNow.AddMinutes(-1) };
        configure(source);
        db.Sources.Add(source);
        await db.SaveChangesAsync();
        return source.Id;
    }

    [Fact]
    public async Task A_crashed_workers_expired_lease_is_taken_over_but_a_live_lease_is_not()
    {
        var expired = await AddSourceAsync("expired-lease", s => { s.LeaseOwner = "crashed"; s.LeaseExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1); });
        var live = await AddSourceAsync("live-lease", s => { s.LeaseOwner = "alive"; s.LeaseExpiresAt = DateTimeOffset.UtcNow.AddMinutes(5); });
        var disabled = await AddSourceAsync("disabled", s => s.Enabled = false);
        var later = await AddSourceAsync("not-due", s => s.NextAttemptAt = DateTimeOffset.UtcNow.AddHours(1));

        var leased = await app.Services.GetRequiredService<SourceLeaser>().LeaseDueAsync("taker", 100, default);

        Assert.Contains(expired, leased);
        Assert.DoesNotContain(live, leased);
        Assert.DoesNotContain(disabled, leased);
        Assert.DoesNotContain(later, leased);
        await using var db = app.CreateDbContext();
        Assert.Equal("taker", (await db.Sources.SingleAsync(s => s.Id == expired)).LeaseOwner);
    }

    [Fact]
    public async Task Concurrent_lease_requests_never_hand_out_a_source_twice()
    {
        for (var i = 0; i < 20; i++) await AddSourceAsync($"pool-{i}", _ => { });
        var leaser = app.Services.GetRequiredService<SourceLeaser>();
        var batches = await Task.WhenAll(Enumerable.Range(0, 6).Select(w => Task.Run(() => leaser.LeaseDueAsync($"w{w}", 5, default))));
        var all = batches.SelectMany(b => b).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
    }
}
