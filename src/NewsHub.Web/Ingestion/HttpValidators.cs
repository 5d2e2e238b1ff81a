using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Data;
using NewsHub.Web.Ingestion.Fetching;
using NewsHub.Web.Model;

namespace NewsHub.Web.Ingestion;

/// <summary>ETag / Last-Modified per URL in PostgreSQL, so a conditional GET works across restarts and processes.</summary>
public sealed class HttpValidators(IDbContextFactory<NewsHubDbContext> contexts, TimeProvider clock)
{
    public async Task<FetchRequest> RequestFor(string url, CancellationToken ct, string? accept = null)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var entry = await db.HttpCache.AsNoTracking().FirstOrDefaultAsync(e => e.Url == url, ct);
        return new FetchRequest(entry?.ETag, entry?.LastModified, accept);
    }

    /// <summary>Remember the validators of a response that was fully processed (never of a failed one).</summary>
    public async Task RememberAsync(string url, FetchResult result, CancellationToken ct)
    {
        if (result.Status != FetchStatus.Ok || (result.ETag is null && result.LastModified is null)) return;
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO http_cache (url, e_tag, last_modified, fetched_at) VALUES ({url}, {result.ETag}, {result.LastModified}, {clock.GetUtcNow()})
            ON CONFLICT (url) DO UPDATE SET e_tag = excluded.e_tag, last_modified = excluded.last_modified, fetched_at = excluded.fetched_at
            """, ct);
    }
}
