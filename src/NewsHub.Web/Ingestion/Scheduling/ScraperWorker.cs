using Microsoft.Extensions.Options;
using NewsHub.Web.Hosting;

namespace NewsHub.Web.Ingestion.Scheduling;

/// <summary>
/// The background scrapers: lease due sources, run a pass over each (up to Workers at once), repeat.
/// Runs in role "all" and "scraper"; stops cleanly on shutdown, handing back unfinished leases.
/// </summary>
public sealed partial class ScraperWorker(
    SourceLeaser leaser, IngestionPipeline pipeline, NewsHubOptions roles, IOptions<IngestionOptions> options,
    ILogger<ScraperWorker> logger) : BackgroundService
{
    public string WorkerId { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!roles.RunsScrapers) return;
        LogStarted(WorkerId, options.Value.Workers);
        var running = new List<Task>();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                running.RemoveAll(t => t.IsCompleted);
                var free = options.Value.Workers - running.Count;
                if (free > 0)
                {
                    try
                    {
                        foreach (var id in await leaser.LeaseDueAsync(WorkerId, free, stoppingToken))
                            running.Add(Task.Run(() => pipeline.RunAsync(id, WorkerId, stoppingToken), stoppingToken));
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        // The database is away (restart, network): keep the process up and try again.
                        LogLeaseFailed(e);
                    }
                }
                var tick = Task.Delay(options.Value.PollInterval, stoppingToken);
                await (running.Count >= options.Value.Workers ? Task.WhenAny(running) : Task.WhenAny([tick, .. running]));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        await Task.WhenAll(running.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
        try
        {
            await leaser.ReleaseAsync(WorkerId, CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogLeaseFailed(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scraper {Worker} started with {Workers} workers")]
    private partial void LogStarted(string worker, int workers);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not lease sources; retrying")]
    private partial void LogLeaseFailed(Exception e);
}
