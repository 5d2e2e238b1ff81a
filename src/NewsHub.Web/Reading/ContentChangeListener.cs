using Microsoft.AspNetCore.OutputCaching;
using Npgsql;

namespace NewsHub.Web.Reading;

/// <summary>LISTENs for content changes and evicts this instance's cached pages; reconnects after a database restart.</summary>
public sealed partial class ContentChangeListener(NpgsqlDataSource dataSource, IOutputCacheStore cache, PageDataCache pageData, ILogger<ContentChangeListener> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var conn = await dataSource.OpenConnectionAsync(stoppingToken);
                // Notifications arrive on the connection's reading thread: collected here, acted on in the loop below.
                var pending = new System.Collections.Concurrent.ConcurrentQueue<string>();
                conn.Notification += (_, e) => pending.Enqueue(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {ContentChanges.Channel}", conn))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                // Changes made while we were disconnected are unknown: start clean.
                await EvictAsync(stoppingToken);
                delay = TimeSpan.FromSeconds(1);
                while (!stoppingToken.IsCancellationRequested)
                {
                    await conn.WaitAsync(TimeSpan.FromSeconds(30), stoppingToken);
                    var articles = new HashSet<string>(StringComparer.Ordinal);
                    var everything = false;
                    while (pending.TryDequeue(out var payload))
                    {
                        // An empty payload (PublishAsync) means stories changed; "article:ID" only that article's comments.
                        if (payload.StartsWith("article:", StringComparison.Ordinal)) articles.Add(payload);
                        else everything = true;
                    }
                    if (everything) await EvictAsync(stoppingToken);
                    else
                        foreach (var tag in articles)
                        {
                            pageData.Forget(tag);
                            await cache.EvictByTagAsync(tag, stoppingToken);
                        }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or IOException or TimeoutException)
            {
                LogListenerFailed(e, delay.TotalSeconds);
                await Task.Delay(delay, stoppingToken);
                delay = TimeSpan.FromSeconds(Math.Min(60, delay.TotalSeconds * 2));
            }
        }
    }

    private async Task EvictAsync(CancellationToken ct)
    {
        pageData.Invalidate();
        await cache.EvictByTagAsync(ReadingServices.ContentTag, ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content change listener lost the database; retrying in {Seconds} s")]
    private partial void LogListenerFailed(Exception e, double seconds);
}
