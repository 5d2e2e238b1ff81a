using NewsHub.Web.Hosting;
using NewsHub.Web.Ingestion.Scheduling;

namespace NewsHub.Web.Ingestion;

/// <summary>`newshub scrape [--source ID] --once`: one pass over the due sources (or one source), then a summary.</summary>
internal static class ScrapeVerb
{
    public const string Usage = "scrape [--source ID] --once";
    public const string Summary = "run one scraper pass (all due sources, or one source now) and print a summary";

    public static Task<int> RunAsync(string[] args) => AdminVerbs.Guard(async () =>
    {
        int? sourceId = null;
        var once = false;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--once") once = true;
            else if (args[i] == "--source" && i + 1 < args.Length && int.TryParse(args[i + 1], out var id)) { sourceId = id; i++; }
            else if (args[i] == "--source") { await Console.Error.WriteLineAsync("usage: newshub " + Usage); return 2; }
            else rest.Add(args[i]);
        }
        if (!once)
        {
            await Console.Error.WriteLineAsync("usage: newshub " + Usage + "   (continuous scraping: newshub run --role scraper)");
            return 2;
        }
        using var host = AdminVerbs.BuildToolHost(rest.ToArray());
        await host.Services.RunStartupTasksAsync(migrate: true);
        var leaser = host.Services.GetRequiredService<SourceLeaser>();
        var pipeline = host.Services.GetRequiredService<IngestionPipeline>();
        var worker = $"cli:{Environment.ProcessId}";
        var ids = await leaser.LeaseDueAsync(worker, 1000, CancellationToken.None, sourceId, ignoreSchedule: sourceId is not null);
        if (ids.Count == 0)
        {
            await Console.Out.WriteLineAsync(sourceId is null ? "No source is due." : $"Source {sourceId} does not exist or is being scraped by another worker.");
            return sourceId is null ? 0 : 1;
        }
        var totals = new int[5];
        foreach (var id in ids)
        {
            var run = await pipeline.RunAsync(id, worker, CancellationToken.None);
            await Console.Out.WriteLineAsync($"source {id}: {run.Discovered} found, {run.New} new, {run.Updated} updated, {run.Unchanged} unchanged, {run.Failed} failed, {run.DurationMs} ms{(run.Succeeded ? "" : " — " + run.Errors.FirstOrDefault())}");
            totals[0] += run.Discovered; totals[1] += run.New; totals[2] += run.Updated; totals[3] += run.Unchanged; totals[4] += run.Failed;
        }
        await Console.Out.WriteLineAsync($"{ids.Count} source(s): {totals[0]} found, {totals[1]} new, {totals[2]} updated, {totals[3]} unchanged, {totals[4]} failed");
        return 0;
    });
}
