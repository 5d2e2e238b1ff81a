using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Data;
using Npgsql;

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

        foreach (var signature in await ReadAsync(db, stale.Keys.ToArray(), ct))
        {
            found[signature.ArticleId] = signature;
            entries[signature.ArticleId] = new Entry(stale[signature.ArticleId], signature);
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

    /// <summary>
    /// The signatures of the given articles, read with one plain command. The term array comes as one string joined by
    /// U+0001 (no term contains it: terms are words and numbers), split here into the shared term strings: reading a
    /// text[] element by element through Npgsql's nested readers, then hashing each new string to share it, was a
    /// quarter of the scraper's CPU whenever a batch met many signatures it had not cached (an archive crawl moves its
    /// three-day window with every batch).
    /// </summary>
    private async Task<List<StorySignature>> ReadAsync(NewsHubDbContext db, long[] articleIds, CancellationToken ct)
    {
        var read = new List<StorySignature>(articleIds.Length);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = new NpgsqlCommand("""
                SELECT article_id, published_at, array_to_string(terms, chr(1)), weights, min_hash, countries
                FROM article_signatures WHERE article_id = ANY($1)
                """, (NpgsqlConnection)db.Database.GetDbConnection());
            command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = articleIds });
            await using var reader = await command.ExecuteReaderAsync(ct);
            // Whole rows are buffered (not SequentialAccess), so the columns are read synchronously.
            while (await reader.ReadAsync(ct))
            {
                read.Add(new StorySignature(reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1),
                    Weights(reader.GetString(2), reader.GetFieldValue<float[]>(3)), reader.GetFieldValue<int[]>(4), reader.GetFieldValue<string[]>(5)));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return read;
    }
    /// <summary>
    /// Terms joined by U+0001 with their weights, in order, as a signature's term → weight map (as many entries as both
    /// have), each term the shared string: looked up by its span, so a term already pooled allocates nothing.
    /// </summary>
    internal Dictionary<string, float> Weights(string joinedTerms, float[] weights)
    {
        ArgumentNullException.ThrowIfNull(joinedTerms);
        ArgumentNullException.ThrowIfNull(weights);
        var map = new Dictionary<string, float>(weights.Length, StringComparer.Ordinal);
        if (joinedTerms.Length == 0) return map;
        var pool = terms.GetAlternateLookup<ReadOnlySpan<char>>();
        var rest = joinedTerms.AsSpan();
        for (var i = 0; i < weights.Length; i++)
        {
            var end = rest.IndexOf(TermSeparator);
            var term = end < 0 ? rest : rest[..end];
            if (!pool.TryGetValue(term, out var pooled))
            {
                pooled = term.ToString();
                if (terms.Count < MaxPooledTerms) pooled = terms.GetOrAdd(pooled, pooled);
            }
            map[pooled] = weights[i];
            if (end < 0) break;
            rest = rest[(end + 1)..];
        }
        return map;
    }

    private const char TermSeparator = '\u0001';

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
