using NewsHub.Web.Ingestion;
using NewsHub.Web.Ingestion.Scheduling;

namespace NewsHub.Web.Sources;

/// <summary>
/// Runs the sources editors asked for, one at a time, in the instance that took the request. It leases the
/// source first like any scraper, so a pass already running elsewhere is not doubled (the source was also made
/// due, so that pass's worker or the next scheduler tick covers it).
/// </summary>
public sealed partial class SourceRunWorker(SourceRunQueue queue, SourceLeaser leaser, IngestionPipeline pipeline, ILogger<SourceRunWorker> logger)
    : BackgroundService
{
    private readonly string worker = $"{Environment.MachineName}:{Environment.ProcessId}:run-now";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            int id;
            try
            {
                id = await queue.DequeueAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            try
            {
                var leased = await leaser.LeaseDueAsync(worker, 1, stoppingToken, onlySourceId: id, ignoreSchedule: true);
                if (leased.Count == 0) LogBusy(id);
                else await pipeline.RunAsync(id, worker, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The pipeline records source failures itself; this is the database being away. Keep serving requests.
                LogFailed(e, id);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Run-now for source {SourceId} skipped: another worker holds it")]
    private partial void LogBusy(int sourceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run-now for source {SourceId} failed")]
    private partial void LogFailed(Exception e, int sourceId);
}
