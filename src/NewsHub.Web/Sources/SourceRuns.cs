using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Data;
using NewsHub.Web.Model;

namespace NewsHub.Web.Sources;

/// <summary>A source's latest passes, for the run-now progress page.</summary>
public sealed class SourceRuns(NewsHubDbContext db)
{
    public const int Shown = 20;

    public sealed record Page(Source Source, IReadOnlyList<IngestionRun> Runs, bool Running);

    public async Task<Page?> LoadAsync(int sourceId, DateTimeOffset now, CancellationToken ct)
    {
        var source = await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sourceId, ct);
        if (source is null) return null;
        var runs = await db.IngestionRuns.AsNoTracking().Where(r => r.SourceId == sourceId).OrderByDescending(r => r.StartedAt).Take(Shown).ToListAsync(ct);
        return new Page(source, runs, source.LeaseExpiresAt is { } until && until > now);
    }
}
