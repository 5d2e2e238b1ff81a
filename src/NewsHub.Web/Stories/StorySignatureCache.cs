using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Data;
using NewsHub.Web.Model;

namespace NewsHub.Web.Stories;

/// <summary>
/// The stored signatures of recent candidate articles, kept between batches. Each clustering batch compares its 50
/// articles with up to 60 candidates each, mostly the same few hundred articles of the last days, and reading their
/// signatures again every batch (term arrays → strings → dictionaries) was a large share of the scraper's allocations.
/// <para>Never stale: a lookup first reads the row versions (PostgreSQL's <c>xmin</c>, which changes whenever the row is
/// rewritten, by this process or any other) of the wanted signatures and re-reads only the rows whose version is not the
/// cached one. The version is read before the row, so a row rewritten in between is cached under the older version and
/// simply read again next time.</para>
/// <para>Bounded: past <see cref="Capacity"/> entries the oldest-published quarter is dropped. Thread-safe.</para>
/// </summary>
internal sealed class StorySignatureCache(int capacity = StorySignatureCache.DefaultCapacity)
{
    public const int DefaultCapacity = 10_000;
    /// <summary>Term strings shared by the cached signatures (the vocabulary repeats), up to this many distinct terms.</summary>
    private const int MaxPooledTerms = 200_000;

    private readonly ConcurrentDictionary<long, Entry> entries = new();
    private readonly ConcurrentDictionary<string, string> terms = new(StringComparer.Ordinal);
    private readonly Lock trimming = new();

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), "The capacity must be positive.");

    public int Count => entries.Count;

    /// <summary>Signatures read from the database so far (the misses), for tests and logs.</summary>
    public long Reads => Interlocked.Read(ref reads);
    private long reads;

    /// <summary>The current signature of each wanted article that has one.</summary>
    public async Task<Dictionary<long, StorySignature>> GetAsync(NewsHubDbContext db, IReadOnlyCollection<long> articleIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(articleIds);
        var found = new Dictionary<long, StorySignature>(articleIds.Count);
        if (articleIds.Count == 0) return found;
        var ids = articleIds.Distinct().ToArray();
        var versions = await db.Database.SqlQuery<SignatureVersion>($"""
            SELECT article_id AS "ArticleId", xmin::text::bigint AS "Version" FROM article_signatures WHERE article_id = ANY({ids})
            """).ToListAsync(ct);
        var stale = new Dictionary<long, long>();
        foreach (var v in versions)
        {
            if (entries.TryGetValue(v.ArticleId, out var entry) && entry.Version == v.Version) found[v.ArticleId] = entry.Signature;
            else stale[v.ArticleId] = v.Version;
        }
        if (stale.Count == 0) return found;

        var wanted = stale.Keys.ToArray();
        await foreach (var row in db.Set<ArticleSignature>().AsNoTracking().Where(s => wanted.Contains(s.ArticleId)).AsAsyncEnumerable().WithCancellation(ct))
        {
            var signature = ToSignature(row);
            found[row.ArticleId] = signature;
            entries[row.ArticleId] = new Entry(stale[row.ArticleId], signature);
        }
        Interlocked.Add(ref reads, stale.Count);
        if (entries.Count > Capacity) Trim();
        return found;
    }

    /// <summary>Forgets articles whose signatures this process has just rewritten (their next lookup reads them anyway).</summary>
    public void Forget(IEnumerable<long> articleIds)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        foreach (var id in articleIds) entries.TryRemove(id, out _);
    }

    private StorySignature ToSignature(ArticleSignature row)
    {
        var weights = new Dictionary<string, float>(row.Terms.Length, StringComparer.Ordinal);
        for (var i = 0; i < row.Terms.Length && i < row.Weights.Length; i++) weights[Pooled(row.Terms[i])] = row.Weights[i];
        return new StorySignature(row.ArticleId, row.PublishedAt, weights, row.MinHash, row.Countries);
    }

    private string Pooled(string term)
    {
        if (terms.TryGetValue(term, out var pooled)) return pooled;
        return terms.Count < MaxPooledTerms ? terms.GetOrAdd(term, term) : term;
    }

    private void Trim()
    {
        lock (trimming)
        {
            if (entries.Count <= Capacity) return;
            // The oldest news is the least likely candidate for what arrives next.
            var keep = Capacity * 3 / 4;
            foreach (var (id, _) in entries.OrderByDescending(e => e.Value.Signature.PublishedAt).Skip(keep).ToList()) entries.TryRemove(id, out _);
        }
    }

    private sealed record Entry(long Version, StorySignature Signature);

    private sealed record SignatureVersion(long ArticleId, long Version);
}
