using Microsoft.AspNetCore.OutputCaching;
using Npgsql;

namespace NewsHub.Web.Reading;

/// <summary>
/// Tells every web instance that stories changed (new articles, curation), so cached pages go.
/// Scrapers may run in other processes, so the signal travels through PostgreSQL NOTIFY;
/// ContentChangeListener in each web instance evicts its output cache when it hears it.
/// </summary>
public sealed class ContentChanges(NpgsqlDataSource dataSource, IServiceProvider services)
{
    public const string Channel = "newshub_content";

    public async Task PublishAsync(CancellationToken ct)
    {
        await using (var cmd = dataSource.CreateCommand($"NOTIFY {Channel}"))
            await cmd.ExecuteNonQueryAsync(ct);
        // This instance need not wait for its own notification.
        if (services.GetService<IOutputCacheStore>() is { } cache) await cache.EvictByTagAsync(ReadingServices.ContentTag, ct);
    }
}
