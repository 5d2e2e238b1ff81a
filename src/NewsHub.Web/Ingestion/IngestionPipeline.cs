using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsHub.Web.Data;
using NewsHub.Web.Model;
using NewsHub.Web.Reading;

namespace NewsHub.Web.Ingestion;

/// <summary>
/// One pass over one source, top to bottom: discover → (fetch → extract → store → tag → cluster)
/// per candidate → record the run and the source's health. Nothing here throws for a bad source
/// or a bad article: the failure is written down and the next source goes on.
/// </summary>
public sealed partial class IngestionPipeline(
    IDbContextFactory<NewsHubDbContext> contexts, SourceDiscovery discovery, ArticleIngester ingester, HttpValidators validators, ContentChanges changes,
    IOptions<IngestionOptions> options, TimeProvider clock, ILogger<IngestionPipeline> logger)
{
    public async Task<IngestionRun> RunAsync(int sourceId, string worker, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        Source source;
        await using (var db = await contexts.CreateDbContextAsync(ct))
            source = await db.Sources.AsNoTracking().FirstAsync(s => s.Id == sourceId, ct);
        var run = new IngestionRun { SourceId = sourceId, Worker = worker, StartedAt = clock.GetUtcNow() };
        var errors = new List<string>();
        string? sourceError = null;
        DateTimeOffset? retryAfter = null;
        try
        {
            var found = await discovery.DiscoverAsync(source, ct);
            var candidates = found.Candidates.DistinctBy(c => c.Url, StringComparer.Ordinal).ToList();
            run.Discovered = candidates.Count;
            var fresh = 0;
            var complete = true;
            foreach (var candidate in candidates)
            {
                ct.ThrowIfCancellationRequested();
                var outcome = await ingester.IngestAsync(source, candidate, ct);
                switch (outcome.Kind)
                {
                    case IngestKind.New: run.New++; fresh++; break;
                    case IngestKind.Updated: run.Updated++; break;
                    case IngestKind.Unchanged: run.Unchanged++; break;
                    default: run.Failed++; errors.Add($"{outcome.Url}: {outcome.Error}"); break;
                }
                // A first pass over a large archive is spread over several passes.
                if (fresh >= options.Value.MaxArticlesPerPass) { complete = false; break; }
            }
            run.Succeeded = true;
            // Only a pass that took everything lets the next one skip an unchanged entry page (304).
            if (complete && run.Failed == 0 && found.Entry is { } entry) await validators.RememberAsync(source.Url, entry, ct);
        }
        catch (SourceFailedException e)
        {
            sourceError = e.Message;
            retryAfter = e.RetryAfter;
            errors.Add(e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug or an unforeseen failure: recorded on the source like any other, so one bad source never stops the others.
            sourceError = $"Unexpected {e.GetType().Name}: {e.Message}";
            LogUnexpected(e, source.Name);
            errors.Add(sourceError);
        }

        run.FinishedAt = clock.GetUtcNow();
        run.DurationMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        run.Errors = errors.Take(100).Select(e => e.Length > 500 ? e[..500] : e).ToArray();
        await RecordAsync(source.Id, run, sourceError, retryAfter, CancellationToken.None);
        if (run.New + run.Updated > 0) await changes.PublishAsync(CancellationToken.None);
        LogPass(source.Name, run.Discovered, run.New, run.Updated, run.Unchanged, run.Failed, run.DurationMs, sourceError ?? "");
        return run;
    }

    private async Task RecordAsync(int sourceId, IngestionRun run, string? error, DateTimeOffset? retryAfter, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.IngestionRuns.Add(run);
        var source = await db.Sources.FirstAsync(s => s.Id == sourceId, ct);
        var now = clock.GetUtcNow();
        source.LastAttemptAt = now;
        source.LeaseOwner = null;
        source.LeaseExpiresAt = null;
        if (error is null)
        {
            source.LastSuccessAt = now;
            source.ConsecutiveErrors = 0;
            source.LastError = null;
            source.NextAttemptAt = now.AddMinutes(Math.Max(1, source.PollIntervalMinutes));
        }
        else
        {
            source.ConsecutiveErrors++;
            source.LastError = error.Length > 1000 ? error[..1000] : error;
            var next = now + Backoff(source.ConsecutiveErrors);
            source.NextAttemptAt = retryAfter is { } ra && ra > next ? ra : next;
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Doubling from ErrorBackoff, capped at MaxErrorBackoff, with ±20% jitter so failing sources do not retry in lockstep.</summary>
    internal TimeSpan Backoff(int consecutiveErrors)
    {
        var o = options.Value;
        var factor = Math.Pow(2, Math.Min(consecutiveErrors - 1, 20));
        var delay = Math.Min(o.ErrorBackoff.TotalSeconds * factor, o.MaxErrorBackoff.TotalSeconds);
        return TimeSpan.FromSeconds(delay * (0.8 + Random.Shared.NextDouble() * 0.4));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {Source}: {Discovered} found, {Created} new, {Updated} updated, {Unchanged} unchanged, {Failed} failed in {DurationMs} ms {Error}")]
    private partial void LogPass(string source, int discovered, int created, int updated, int unchanged, int failed, long durationMs, string? error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected failure while scraping {Source}")]
    private partial void LogUnexpected(Exception e, string source);
}
