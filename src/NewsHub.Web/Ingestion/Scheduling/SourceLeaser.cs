using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsHub.Web.Data;

namespace NewsHub.Web.Ingestion.Scheduling;

/// <summary>
/// Hands due sources to workers. FOR UPDATE SKIP LOCKED lets any number of NewsHub processes ask
/// at once without two of them getting the same source; the lease expiry returns a crashed
/// worker's sources to the pool.
/// </summary>
public sealed class SourceLeaser(IDbContextFactory<NewsHubDbContext> contexts, IOptions<IngestionOptions> options, TimeProvider clock)
{
    public async Task<IReadOnlyList<int>> LeaseDueAsync(string worker, int max, CancellationToken ct, int? onlySourceId = null, bool ignoreSchedule = false)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var until = now + options.Value.LeaseDuration;
        return await db.Database.SqlQuery<int>($"""
            UPDATE sources SET lease_owner = {worker}, lease_expires_at = {until}
            WHERE id IN (
                SELECT id FROM sources
                WHERE ({onlySourceId}::integer IS NULL OR id = {onlySourceId})
                  AND ({ignoreSchedule} OR (enabled AND next_attempt_at <= {now}))
                  AND (lease_expires_at IS NULL OR lease_expires_at < {now})
                ORDER BY next_attempt_at
                LIMIT {max}
                FOR UPDATE SKIP LOCKED)
            RETURNING id AS "Value"
            """).ToListAsync(ct);
    }

    /// <summary>On shutdown: give back leases not yet finished so another process can take them at once.</summary>
    public async Task ReleaseAsync(string worker, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE sources SET lease_owner = NULL, lease_expires_at = NULL WHERE lease_owner = {worker}", ct);
    }
}
