using Microsoft.AspNetCore.OutputCaching;
using Npgsql;

namespace NewsHub.Web.Reading;

/// <summary>LISTENs for content changes and evicts this instance's cached pages; reconnects after a database restart.</summary>
public sealed partial class ContentChangeListener(NpgsqlDataSource dataSource, IOutputCacheStore cache, ILogger<ContentChangeListener> logger)
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
                var pending = 0;
                conn.Notification += (_, _) => Interlocked.Increment(ref pending);
                await using (var listen = new NpgsqlCommand($"LISTEN {ContentChanges.Channel}", conn))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                // Changes made while we were disconnected are unknown: start clean.
                await cache.EvictByTagAsync(ReadingServices.ContentTag, stoppingToken);
                delay = TimeSpan.FromSeconds(1);
                while (!stoppingToken.IsCancellationRequested)
                {
                    await conn.WaitAsync(TimeSpan.FromSeconds(30), stoppingToken);
                    if (Interlocked.Exchange(ref pending, 0) > 0)
                        await cache.EvictByTagAsync(ReadingServices.ContentTag, stoppingToken);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content change listener lost the database; retrying in {Seconds} s")]
    private partial void LogListenerFailed(Exception e, double seconds);
}
