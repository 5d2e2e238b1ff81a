using Npgsql;

namespace NewsHub.Web.Seeding;

/// <summary>
/// The secondary indexes of the tables a bulk load fills, dropped before the load and built again after it.
/// Building an index once over the finished table is far cheaper than maintaining it row by row during COPY:
/// above all the GIN index on articles.search_vector, whose every insert touches one posting list per distinct
/// word of the article. Only plain (non-unique) indexes are dropped: primary keys and unique indexes stay, so
/// the load still checks identity and URL uniqueness as it goes. Definitions are read from the catalogue, so
/// the rebuilt indexes are exactly the ones the migrations made.
/// </summary>
public sealed class BulkLoadIndexes
{
    /// <summary>Memory for each index build: a GIN build holds its posting lists in it, and spills to disk beyond it.</summary>
    public const string BuildMemory = "1GB";

    private readonly IReadOnlyList<Definition> dropped;

    private BulkLoadIndexes(IReadOnlyList<Definition> dropped) => this.dropped = dropped;

    public sealed record Definition(string Name, string Table, string Sql);

    /// <summary>The indexes that were dropped, largest table first (the order they are rebuilt in).</summary>
    public IReadOnlyList<Definition> Dropped => dropped;

    /// <summary>Drops the plain secondary indexes of <paramref name="tables"/> in one transaction and remembers their definitions.</summary>
    public static async Task<BulkLoadIndexes> DropAsync(NpgsqlConnection conn, IReadOnlyList<string> tables, CancellationToken ct)
    {
        var found = new List<Definition>();
        await using (var cmd = new NpgsqlCommand("""
            SELECT i.relname, t.relname, pg_get_indexdef(x.indexrelid)
            FROM pg_index x
            JOIN pg_class i ON i.oid = x.indexrelid
            JOIN pg_class t ON t.oid = x.indrelid
            WHERE t.relnamespace = 'public'::regnamespace AND t.relname = ANY(@tables)
              AND NOT x.indisprimary AND NOT x.indisunique
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
            ORDER BY pg_relation_size(x.indrelid) DESC, i.relname
            """, conn))
        {
            cmd.Parameters.AddWithValue("tables", tables.ToArray());
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) found.Add(new(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }
        await using var tx = await conn.BeginTransactionAsync(ct);
        foreach (var index in found)
        {
            await using var drop = new NpgsqlCommand($"DROP INDEX \"{index.Name}\"", conn, tx);
            await drop.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
        return new BulkLoadIndexes(found);
    }

    /// <summary>
    /// Builds every dropped index again, <paramref name="parallelism"/> at a time on separate connections (a GIN build
    /// uses one core; the b-tree builds run beside it). Each build is attempted even when another fails; the first
    /// failure is then thrown, naming the index, so a database is never left silently without one.
    /// </summary>
    public async Task RestoreAsync(NpgsqlDataSource dataSource, int parallelism, CancellationToken ct)
    {
        var failures = new System.Collections.Concurrent.ConcurrentQueue<(Definition Index, Exception Error)>();
        await Parallel.ForEachAsync(dropped, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = ct },
            async (index, token) =>
            {
                try
                {
                    await using var conn = await dataSource.OpenConnectionAsync(token);
                    // In a transaction, so the setting ends with it: pooled connections are not reset on close (DataServices).
                    await using var tx = await conn.BeginTransactionAsync(token);
                    await using (var memory = new NpgsqlCommand($"SET LOCAL maintenance_work_mem = '{BuildMemory}'", conn, tx))
                        await memory.ExecuteNonQueryAsync(token);
                    await using (var create = new NpgsqlCommand(index.Sql, conn, tx) { CommandTimeout = 0 })
                        await create.ExecuteNonQueryAsync(token);
                    await tx.CommitAsync(token);
                }
                catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
                {
                    failures.Enqueue((index, e));
                }
            });
        if (failures.TryPeek(out var first))
            throw new InvalidOperationException($"rebuilding index {first.Index.Name} after the bulk load failed ({failures.Count} failed in all): {first.Error.Message}", first.Error);
    }
}
