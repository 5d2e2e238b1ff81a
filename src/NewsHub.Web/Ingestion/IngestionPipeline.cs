using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsHub.Web.Data;
using NewsHub.Web.Ingestion.Cleaning;
using NewsHub.Web.Model;
using NewsHub.Web.Reading;

namespace NewsHub.Web.Ingestion;

/// <summary>
/// One pass over one source, top to bottom: discover → look up every candidate URL at once → in batches of
/// <see cref="IngestionOptions.BatchSize"/>: fetch and extract (<see cref="IngestionOptions.ArticleConcurrency"/> at
/// once) → store, tag and cluster the batch's new articles together → record the run and the source's health. Nothing
/// here throws for a bad source or a bad article: the failure is written down and the next source goes on.
/// </summary>
public sealed partial class IngestionPipeline(
    IDbContextFactory<NewsHubDbContext> contexts, SourceDiscovery discovery, ArticleIngester ingester, ArticleStore store, HttpValidators validators,
    ContentChanges changes, IOptions<IngestionOptions> options, TimeProvider clock, ILogger<IngestionPipeline> logger)
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
        void Count(IngestOutcome outcome)
        {
            switch (outcome.Kind)
            {
                case IngestKind.New: run.New++; break;
                case IngestKind.Updated: run.Updated++; break;
                case IngestKind.Unchanged: run.Unchanged++; break;
                default: run.Failed++; errors.Add($"{outcome.Url}: {outcome.Error}"); break;
            }
        }
        try
        {
            var found = await discovery.DiscoverAsync(source, ct);
            var candidates = found.Candidates.DistinctBy(c => c.Url, StringComparer.Ordinal).ToList();
            run.Discovered = candidates.Count;
            var work = new List<(Candidate Candidate, string Url)>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var candidate in candidates)
            {
                if (!UrlCanonicalizer.TryCanonicalize(candidate.Url, null, out var url)) Count(IngestOutcome.Failed(candidate.Url, "not an http(s) URL"));
                // Two links that canonicalize to one URL are one article, taken once.
                else if (!seen.Add(url)) Count(IngestOutcome.Unchanged(url, null));
                else work.Add((candidate, url));
            }
            var existing = await store.FindAsync(work.Select(w => w.Url).ToList(), ct);

            var o = options.Value;
            var complete = true;
            for (var next = 0; next < work.Count;)
            {
                ct.ThrowIfCancellationRequested();
                // A first pass over a large archive is spread over several passes: a batch never holds more than the pass may still store.
                var batch = work.Skip(next).Take(Math.Min(o.BatchSize, o.MaxArticlesPerPass - run.New)).ToList();
                next += batch.Count;
                foreach (var outcome in await IngestBatchAsync(source, batch, existing, ct)) Count(outcome);
                if (run.New >= o.MaxArticlesPerPass) { complete = false; break; }
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

    /// <summary>
    /// Fetch and extract the batch's candidates a few at a time (network waits overlap, extraction runs on every core),
    /// then store: updates one by one, new articles together. Outcomes in the batch's order.
    /// </summary>
    private async Task<IReadOnlyList<IngestOutcome>> IngestBatchAsync(Source source, List<(Candidate Candidate, string Url)> batch,
        Dictionary<string, ArticleStore.Existing> existing, CancellationToken ct)
    {
        var conditional = await validators.RequestsFor(batch.Where(b => existing.ContainsKey(b.Url)).Select(b => b.Url).ToList(), "text/html", ct);
        using var slots = new SemaphoreSlim(options.Value.ArticleConcurrency);
        var prepared = await Task.WhenAll(batch.Select(b => Task.Run(async () =>
        {
            await slots.WaitAsync(ct);
            try
            {
                return await ingester.PrepareAsync(source, b.Candidate, b.Url, existing.GetValueOrDefault(b.Url), conditional.GetValueOrDefault(b.Url), ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One article the extractor or tagger chokes on is that article's failure, not the batch's.
                LogArticleFailed(e, source.Name, b.Url);
                return PreparedCandidate.Done(IngestOutcome.Failed(b.Url, $"unexpected {e.GetType().Name}: {e.Message}"));
            }
            finally
            {
                slots.Release();
            }
        }, ct)));

        var outcomes = prepared.Select(p => p.Outcome).ToArray();
        for (var i = 0; i < prepared.Length; i++)
            if (prepared[i] is { Article: { } article, Existing: { } stored }) outcomes[i] = await store.SaveAsync(source, article, stored, ct);
        var fresh = Enumerable.Range(0, prepared.Length).Where(i => prepared[i] is { Article: not null, Existing: null }).ToList();
        var saved = await store.SaveNewAsync(source, fresh.Select(i => new NewArticle(prepared[i].Article!, prepared[i].Tags)).ToList(), ct);
        for (var k = 0; k < fresh.Count; k++) outcomes[fresh[k]] = saved[k];

        // Validators only for pages whose article was stored: a failed one is fetched in full next time.
        await validators.RememberAsync(Enumerable.Range(0, prepared.Length)
            .Where(i => prepared[i].Fetched is not null && outcomes[i]!.Kind != IngestKind.Failed)
            .Select(i => (prepared[i].Url, prepared[i].Fetched!)).ToList(), ct);
        return outcomes.Select(o => o!).ToList();
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected failure on {Url} of {Source}; recorded as a failed article")]
    private partial void LogArticleFailed(Exception e, string source, string url);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected failure while scraping {Source}")]
    private partial void LogUnexpected(Exception e, string source);
}
