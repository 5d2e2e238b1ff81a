using Microsoft.Extensions.DependencyInjection;
using NewsHub.Web.Ingestion;
using NewsHub.Web.Ingestion.Scheduling;
using NewsHub.Web.Model;

namespace NewsHub.IntegrationTests.Infrastructure;

/// <summary>What a scraper worker does, run to completion: lease a due source, run its pass, until none is due.</summary>
public static class ScraperPasses
{
    public static async Task<List<IngestionRun>> RunAllDueAsync(IServiceProvider services, string worker)
    {
        var leaser = services.GetRequiredService<SourceLeaser>();
        var pipeline = services.GetRequiredService<IngestionPipeline>();
        var runs = new List<IngestionRun>();
        while ((await leaser.LeaseDueAsync(worker, 1, default)) is [var id])
            runs.Add(await pipeline.RunAsync(id, worker, default));
        return runs;
    }
}
