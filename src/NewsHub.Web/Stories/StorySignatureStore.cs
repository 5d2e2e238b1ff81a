using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Data;
using NewsHub.Web.Model;
using Npgsql;
using NpgsqlTypes;

namespace NewsHub.Web.Stories;

/// <summary>Reads and writes article signatures and their postings in the story term index.</summary>
internal static class StorySignatureStore
{
    private const int MaxTermLength = 64;

    /// <summary>
    /// Replaces the signatures and postings of a batch of articles in one round trip (one upsert per signature, one
    /// delete and one insert for all postings, sent as a single Npgsql batch, so PostgreSQL runs them in one implicit
    /// transaction). Returns the ids that had no signature before: new documents, whose terms the caller counts.
    /// </summary>
    public static Task<HashSet<long>> SaveAsync(NewsHubDbContext db, IReadOnlyList<StorySignature> signatures,
        IReadOnlyList<IReadOnlyList<string>> indexedTerms, CancellationToken ct) => RunAsync(db, signatures, (signatures, indexedTerms), ct);

    /// <summary>The signatures alone (see <see cref="SaveAsync"/>); their postings follow with <see cref="SavePostingsAsync"/>.</summary>
    public static Task<HashSet<long>> SaveSignaturesAsync(NewsHubDbContext db, IReadOnlyList<StorySignature> signatures, CancellationToken ct) =>
        RunAsync(db, signatures, null, ct);

    /// <summary>
    /// The postings alone, in the caller's transaction if one is open: what makes the articles candidates for others.
    /// </summary>
    public static Task SavePostingsAsync(NewsHubDbContext db, IReadOnlyList<StorySignature> signatures, IReadOnlyList<IReadOnlyList<string>> indexedTerms,
        CancellationToken ct) => RunAsync(db, [], (signatures, indexedTerms), ct);

    private static async Task<HashSet<long>> RunAsync(NewsHubDbContext db, IReadOnlyList<StorySignature> signatures,
        (IReadOnlyList<StorySignature> Signatures, IReadOnlyList<IReadOnlyList<string>> Terms)? postingsOf, CancellationToken ct)
    {
        var inserted = new HashSet<long>();
        if (signatures.Count == 0 && postingsOf is not { Signatures.Count: > 0 }) return inserted;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using var batch = new NpgsqlBatch(connection);
            foreach (var s in signatures)
            {
                var upsert = new NpgsqlBatchCommand("""
                    INSERT INTO article_signatures (article_id, published_at, terms, weights, min_hash, countries)
                    VALUES ($1, $2, $3, $4, $5, $6)
                    ON CONFLICT (article_id) DO UPDATE SET published_at = excluded.published_at, terms = excluded.terms,
                        weights = excluded.weights, min_hash = excluded.min_hash, countries = excluded.countries
                    RETURNING article_id, (xmax = 0)
                    """);
                upsert.Parameters.Add(new NpgsqlParameter<long> { TypedValue = s.ArticleId });
                upsert.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = s.PublishedAt, NpgsqlDbType = NpgsqlDbType.TimestampTz });
                upsert.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = s.Terms.Keys.ToArray() });
                upsert.Parameters.Add(new NpgsqlParameter<float[]> { TypedValue = s.Terms.Values.ToArray() });
                upsert.Parameters.Add(new NpgsqlParameter<int[]> { TypedValue = s.MinHash });
                upsert.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = s.Countries.ToArray() });
                batch.BatchCommands.Add(upsert);
            }

            if (postingsOf is { Signatures.Count: > 0 } of)
            {
                // Postings are flattened into parallel arrays: one statement however many articles the batch holds.
                var postingTerms = new List<string>();
                var postingDates = new List<DateTimeOffset>();
                var postingIds = new List<long>();
                for (var i = 0; i < of.Signatures.Count; i++)
                {
                    foreach (var term in of.Terms[i].Where(t => t.Length <= MaxTermLength).Distinct(StringComparer.Ordinal))
                    {
                        postingTerms.Add(term);
                        postingDates.Add(of.Signatures[i].PublishedAt);
                        postingIds.Add(of.Signatures[i].ArticleId);
                    }
                }
                var delete = new NpgsqlBatchCommand("DELETE FROM story_term_postings WHERE article_id = ANY($1)");
                delete.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = of.Signatures.Select(s => s.ArticleId).ToArray() });
                batch.BatchCommands.Add(delete);
                var postings = new NpgsqlBatchCommand("""
                    INSERT INTO story_term_postings (term, published_at, article_id)
                    SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::bigint[])
                    """);
                postings.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = postingTerms.ToArray() });
                postings.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]> { TypedValue = postingDates.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz });
                postings.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = postingIds.ToArray() });
                batch.BatchCommands.Add(postings);
            }

            await using var reader = await batch.ExecuteReaderAsync(ct);
            for (var i = 0; i < signatures.Count; i++)
            {
                while (await reader.ReadAsync(ct))
                    if (reader.GetBoolean(1)) inserted.Add(reader.GetInt64(0));
                await reader.NextResultAsync(ct);
            }
            while (await reader.NextResultAsync(ct)) { }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return inserted;
    }
}
