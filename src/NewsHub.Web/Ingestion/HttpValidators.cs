using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Data;
using NewsHub.Web.Ingestion.Fetching;
using NewsHub.Web.Model;

namespace NewsHub.Web.Ingestion;

/// <summary>ETag / Last-Modified per URL in PostgreSQL, so a conditional GET works across restarts and processes.</summary>
public sealed class HttpValidators(IDbContextFactory<NewsHubDbContext> contexts, TimeProvider clock)
{
    public async Task<FetchRequest> RequestFor(string url, CancellationToken ct, string? accept = null) =>
        (await RequestsFor([url], accept, ct))[url];

    /// <summary>Remember the validators of a response that was fully processed (never of a failed one).</summary>
    public Task RememberAsync(string url, FetchResult result, CancellationToken ct) => RememberAsync([(url, result)], ct);

    /// <summary>The conditional requests for many URLs in one query (URLs without stored validators get a plain request).</summary>
    public async Task<Dictionary<string, FetchRequest>> RequestsFor(IReadOnlyCollection<string> urls, string? accept, CancellationToken ct)
    {
        var requests = urls.Distinct(StringComparer.Ordinal).ToDictionary(u => u, _ => new FetchRequest(Accept: accept), StringComparer.Ordinal);
        if (requests.Count == 0) return requests;
        var wanted = requests.Keys.ToArray();
        await using var db = await contexts.CreateDbContextAsync(ct);
        foreach (var e in await db.HttpCache.AsNoTracking().Where(e => wanted.Contains(e.Url)).ToListAsync(ct))
            requests[e.Url] = new FetchRequest(e.ETag, e.LastModified, accept);
        return requests;
    }

    /// <summary>The validators of several fully processed responses in one statement (failed or validator-less ones are skipped).</summary>
    public async Task RememberAsync(IReadOnlyList<(string Url, FetchResult Result)> responses, CancellationToken ct)
    {
        var kept = responses.Where(r => r.Result.Status == FetchStatus.Ok && (r.Result.ETag is not null || r.Result.LastModified is not null))
            .DistinctBy(r => r.Url, StringComparer.Ordinal).OrderBy(r => r.Url, StringComparer.Ordinal).ToList();
        if (kept.Count == 0) return;
        var urls = kept.Select(r => r.Url).ToArray();
        var etags = kept.Select(r => r.Result.ETag).ToArray();
        var modified = kept.Select(r => r.Result.LastModified).ToArray();
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO http_cache (url, e_tag, last_modified, fetched_at)
            SELECT x.url, x.e_tag, x.last_modified, {clock.GetUtcNow()} FROM unnest({urls}::text[], {etags}::text[], {modified}::text[]) AS x(url, e_tag, last_modified)
            ON CONFLICT (url) DO UPDATE SET e_tag = excluded.e_tag, last_modified = excluded.last_modified, fetched_at = excluded.fetched_at
            """, ct);
    }
}
