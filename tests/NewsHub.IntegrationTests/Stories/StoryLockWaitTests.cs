using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Stories;
using Npgsql;

namespace NewsHub.IntegrationTests.Stories;

/// <summary>
/// Waiting for the clustering lock is queueing behind other batches: it is bounded by
/// <see cref="StoryClusteringOptions.LockWaitTimeout"/>, not by the connection's command timeout (a pass once failed
/// whole because a batch waited 30 s for the lock on a loaded machine).
/// </summary>
public sealed class StoryLockWaitTests(StoryLockWaitTests.Fixture app) : IClassFixture<StoryLockWaitTests.Fixture>
{
    /// <summary>pg_advisory_xact_lock key of StoryClusterer ("NHstory").</summary>
    private const long ClusterLockKey = 0x4E4853746F7279;

    /// <summary>The app with a one-second command timeout, so a lock wait of a few seconds would exceed it.</summary>
    public sealed class Fixture : NewsHubAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:NewsHub", Database.ConnectionString + ";Command Timeout=1");
        }
    }

    [Fact]
    public async Task A_batch_waits_for_the_clustering_lock_longer_than_the_command_timeout()
    {
        var id = await new StoryArticles(app, TimeSpan.FromDays(390)).InsertAsync("caspian/kazakhstan-oil-shipments-europe-january");
        await using var holder = new NpgsqlConnection(app.Database.ConnectionString);
        await holder.OpenAsync();
        await using var tx = await holder.BeginTransactionAsync();
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({ClusterLockKey})", holder, tx)) await take.ExecuteNonQueryAsync();

        var assigning = app.Services.GetRequiredService<StoryClusterer>().AssignAsync(id, default);
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        Assert.False(assigning.IsCompleted);
        await tx.CommitAsync();

        Assert.True(await assigning > 0);
    }
}
