using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace NewsHub.Web.Seeding;

/// <summary>
/// Loads a synthetic corpus with binary COPY, several chunks at once. It appends: ids continue after the
/// highest stored ones and URLs carry the id, so a second run adds more articles beside the first (seed 100k,
/// then 900k more, gives 1M). Bulk-load shortcuts, each undone or completed before returning: the
/// headline-words trigger is disabled during the load and search_terms is filled once afterwards; story
/// clusters are written directly (lead, counts, time span) instead of running the clusterer per article; for a
/// large load the plain secondary indexes are dropped and built once at the end (<see cref="BulkLoadIndexes"/>).
/// Meant for benchmark and demo databases: a scraper storing articles during the load would miss their
/// headline words in search_terms, and readers would search without the GIN index while it is rebuilt.
/// </summary>
public sealed partial class SyntheticSeeder(NpgsqlDataSource dataSource, TimeProvider clock, ILogger<SyntheticSeeder> logger)
{
    public const string ReaderIdPrefix = "synthetic-reader-";
    private const int ReaderCount = 24;
    /// <summary>Below this many articles a load keeps its indexes (Auto mode): rebuilding costs a full pass over the table.</summary>
    public const int RebuildThreshold = 50_000;
    private static readonly string[] LoadedTables = ["articles", "story_clusters", "article_countries", "article_regions", "comments"];

    /// <param name="IndexesRebuilt">How many secondary indexes were dropped for the load and built again (0 when kept).</param>
    /// <param name="IndexBuild">Time spent building them again (part of <paramref name="Elapsed"/>).</param>
    public sealed record Report(int Articles, int Clusters, int Comments, long FirstArticleId, long LastArticleId, TimeSpan Elapsed,
        int IndexesRebuilt = 0, TimeSpan IndexBuild = default);

    public async Task<Report> SeedAsync(SyntheticSeedOptions options, SyntheticMaterial material, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Articles, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ChunkSize, 1);
        var started = Stopwatch.GetTimestamp();
        var now = clock.GetUtcNow();
        SyntheticGeography geography;
        IReadOnlyList<SyntheticSource> sources;
        IReadOnlyList<string> readers;
        long firstId, commentBase;
        BulkLoadIndexes? indexes = null;
        await using (var conn = await dataSource.OpenConnectionAsync(ct))
        {
            geography = await LoadGeographyAsync(conn, ct);
            sources = await EnsureSourcesAsync(conn, options.EffectiveSources, now, ct);
            readers = await EnsureReadersAsync(conn, now, ct);
            firstId = await ScalarAsync(conn, "SELECT greatest((SELECT coalesce(max(id), 0) FROM articles), (SELECT coalesce(max(id), 0) FROM story_clusters)) + 1", ct);
            commentBase = await ScalarAsync(conn, "SELECT coalesce(max(id), 0) + 1 FROM comments", ct);
            if (await ShouldRebuildAsync(conn, options, ct)) indexes = await BulkLoadIndexes.DropAsync(conn, LoadedTables, ct);
            await ExecuteAsync(conn, "ALTER TABLE articles DISABLE TRIGGER trg_articles_search_terms", ct);
        }
        var corpus = new SyntheticCorpus(material, geography, sources, readers, options, now);
        var chunks = (options.Articles + options.ChunkSize - 1) / options.ChunkSize;
        int clusters = 0, comments = 0, done = 0;
        var indexBuild = TimeSpan.Zero;
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, chunks), new ParallelOptions { MaxDegreeOfParallelism = options.Workers, CancellationToken = ct },
                async (index, token) =>
                {
                    var first = firstId + (long)index * options.ChunkSize;
                    var count = (int)Math.Min(options.ChunkSize, options.Articles - (long)index * options.ChunkSize);
                    var chunk = corpus.Generate(index, first, count, commentBase + (first - firstId) * SyntheticCorpus.MaxCommentsPerArticle);
                    await CopyAsync(chunk, token);
                    Interlocked.Add(ref clusters, chunk.Clusters.Count);
                    Interlocked.Add(ref comments, chunk.Comments.Count);
                    var total = Interlocked.Add(ref done, count);
                    LogProgress(total, options.Articles, Stopwatch.GetElapsedTime(started).TotalSeconds);
                });
        }
        finally
        {
            // Even after a failure: a database left without the trigger would silently stop learning headline words,
            // and one left without its indexes would answer every search with a sequential scan.
            await using (var conn = await dataSource.OpenConnectionAsync(CancellationToken.None))
                await ExecuteAsync(conn, "ALTER TABLE articles ENABLE TRIGGER trg_articles_search_terms", CancellationToken.None);
            if (indexes is not null)
            {
                var buildStarted = Stopwatch.GetTimestamp();
                await indexes.RestoreAsync(dataSource, options.Workers, CancellationToken.None);
                indexBuild = Stopwatch.GetElapsedTime(buildStarted);
                LogIndexesRebuilt(indexes.Dropped.Count, indexBuild.TotalSeconds);
            }
        }
        await using (var conn = await dataSource.OpenConnectionAsync(ct))
        {
            await FinishAsync(conn, firstId, ct);
        }
        return new Report(options.Articles, clusters, comments, firstId, firstId + options.Articles - 1, Stopwatch.GetElapsedTime(started),
            indexes?.Dropped.Count ?? 0, indexBuild);
    }

    private static async Task<bool> ShouldRebuildAsync(NpgsqlConnection conn, SyntheticSeedOptions options, CancellationToken ct) => options.Indexes switch
    {
        SyntheticIndexMode.Rebuild => true,
        SyntheticIndexMode.Keep => false,
        _ => options.Articles >= RebuildThreshold && options.Articles >= await ScalarAsync(conn, "SELECT count(*) FROM articles", ct),
    };

    /// <summary>Headline words (as the trigger would have collected them), identity sequences past the new ids, fresh statistics.</summary>
    private static async Task FinishAsync(NpgsqlConnection conn, long firstId, CancellationToken ct)
    {
        await using (var cmd = new NpgsqlCommand("""
            INSERT INTO search_terms (term)
            SELECT DISTINCT w FROM articles a, newshub_headline_terms(a.title) AS w
            WHERE a.id >= @first
            ON CONFLICT (term) DO NOTHING
            """, conn))
        {
            cmd.Parameters.AddWithValue("first", firstId);
            cmd.CommandTimeout = 0;
            await cmd.ExecuteNonQueryAsync(ct);
        }
        foreach (var table in new[] { "articles", "story_clusters", "comments" })
            await ExecuteAsync(conn, $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), greatest((SELECT coalesce(max(id), 0) FROM {table}), 1))", ct);
        await ExecuteAsync(conn, "ANALYZE articles, story_clusters, article_countries, article_regions, comments, search_terms", ct);
    }

    private async Task CopyAsync(SyntheticChunk chunk, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        // Clusters before articles (foreign key); each COPY is checked at its end.
        await using (var w = await conn.BeginBinaryImportAsync(
            "COPY story_clusters (id, lead_article_id, article_count, source_count, first_published_at, last_published_at, updated_at) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var c in chunk.Clusters)
            {
                await w.StartRowAsync(ct);
                await w.WriteAsync(c.Id, NpgsqlDbType.Bigint, ct);
                await w.WriteAsync(c.LeadArticleId, NpgsqlDbType.Bigint, ct);
                await w.WriteAsync(c.ArticleCount, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(c.SourceCount, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(c.First, NpgsqlDbType.TimestampTz, ct);
                await w.WriteAsync(c.Last, NpgsqlDbType.TimestampTz, ct);
                await w.WriteAsync(c.Last, NpgsqlDbType.TimestampTz, ct);
            }
            await w.CompleteAsync(ct);
        }
        await using (var w = await conn.BeginBinaryImportAsync("""
            COPY articles (id, source_id, url, title, slug, byline, summary, body_html, body_text, language, site_name, published_at, fetched_at,
                           content_hash, status, story_cluster_id, cluster_locked_by_editor, comments_closed, pre_moderate_comments, comment_count)
            FROM STDIN (FORMAT BINARY)
            """, ct))
        {
            foreach (var a in chunk.Articles)
            {
                await w.StartRowAsync(ct);
                await w.WriteAsync(a.Id, NpgsqlDbType.Bigint, ct);
                await w.WriteAsync(a.SourceId, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(a.Url, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(a.Title, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(a.Slug, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(a.Byline, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(a.Summary, NpgsqlDbType.Text, ct);
                await w.WriteAsync(a.BodyHtml, NpgsqlDbType.Text, ct);
                await w.WriteAsync(a.BodyText, NpgsqlDbType.Text, ct);
                await w.WriteAsync("en", NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(a.SourceName, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(a.PublishedAt, NpgsqlDbType.TimestampTz, ct);
                await w.WriteAsync(a.PublishedAt, NpgsqlDbType.TimestampTz, ct);
                await w.WriteAsync(a.ContentHash, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync("Published", NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(a.ClusterId, NpgsqlDbType.Bigint, ct);
                await w.WriteAsync(false, NpgsqlDbType.Boolean, ct);
                await w.WriteAsync(false, NpgsqlDbType.Boolean, ct);
                await w.WriteAsync(false, NpgsqlDbType.Boolean, ct);
                await w.WriteAsync(a.CommentCount, NpgsqlDbType.Integer, ct);
            }
            await w.CompleteAsync(ct);
        }
        await using (var w = await conn.BeginBinaryImportAsync(
            "COPY article_countries (article_id, country_code, score, is_primary, origin, suppressed, evidence) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var t in chunk.Countries)
            {
                await w.StartRowAsync(ct);
                await w.WriteAsync(t.ArticleId, NpgsqlDbType.Bigint, ct);
                await w.WriteAsync(t.Code, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(t.Score, NpgsqlDbType.Double, ct);
                await w.WriteAsync(t.IsPrimary, NpgsqlDbType.Boolean, ct);
                await w.WriteAsync("Auto", NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(false, NpgsqlDbType.Boolean, ct);
                await w.WriteAsync(new[] { t.Evidence }, NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
            }
            await w.CompleteAsync(ct);
        }
        await using (var w = await conn.BeginBinaryImportAsync(
            "COPY article_regions (article_id, region_slug, score, is_primary, origin, suppressed) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var t in chunk.Regions)
            {
                await w.StartRowAsync(ct);
                await w.WriteAsync(t.ArticleId, NpgsqlDbType.Bigint, ct);
                await w.WriteAsync(t.Slug, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(t.Score, NpgsqlDbType.Double, ct);
                await w.WriteAsync(t.IsPrimary, NpgsqlDbType.Boolean, ct);
                await w.WriteAsync("Auto", NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(false, NpgsqlDbType.Boolean, ct);
            }
            await w.CompleteAsync(ct);
        }
        await using (var w = await conn.BeginBinaryImportAsync(
            "COPY comments (id, article_id, parent_id, depth, author_id, body, body_html, status, created_at, report_count) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var c in chunk.Comments)
            {
                await w.StartRowAsync(ct);
                await w.WriteAsync(c.Id, NpgsqlDbType.Bigint, ct);
                await w.WriteAsync(c.ArticleId, NpgsqlDbType.Bigint, ct);
                if (c.ParentId is { } parent) await w.WriteAsync(parent, NpgsqlDbType.Bigint, ct); else await w.WriteNullAsync(ct);
                await w.WriteAsync(c.Depth, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(c.AuthorId, NpgsqlDbType.Text, ct);
                await w.WriteAsync(c.Body, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(c.BodyHtml, NpgsqlDbType.Text, ct);
                await w.WriteAsync("Approved", NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(c.CreatedAt, NpgsqlDbType.TimestampTz, ct);
                await w.WriteAsync(0, NpgsqlDbType.Integer, ct);
            }
            await w.CompleteAsync(ct);
        }
    }

    /// <summary>Countries that belong to at least one region: the ones region and country pages list.</summary>
    private static async Task<SyntheticGeography> LoadGeographyAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        var places = new List<SyntheticGeography.Place>();
        await using var cmd = new NpgsqlCommand("""
            SELECT c.code, c.name, array_agg(cr.region_slug ORDER BY r.sort_order, r.slug)
            FROM countries c JOIN country_regions cr ON cr.country_code = c.code JOIN regions r ON r.slug = cr.region_slug
            GROUP BY c.code, c.name ORDER BY c.code
            """, conn);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) places.Add(new(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<string[]>(2)));
        if (places.Count == 0) throw new InvalidOperationException("the database has no countries in regions: run `newshub migrate` first (it seeds the gazetteer)");
        await reader.CloseAsync();
        // The first regions in the editors' order are the aggregator's own (Central Asia, the Caucasus…).
        var focus = new HashSet<string>(StringComparer.Ordinal);
        await using (var regions = new NpgsqlCommand("SELECT slug FROM regions ORDER BY sort_order, slug LIMIT 2", conn))
        await using (var r = await regions.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct)) focus.Add(r.GetString(0));
        return new SyntheticGeography(places, focus);
    }

    /// <summary>Outlets "Synthetic Outlet 01…": created once, disabled so no scraper ever polls their invented URLs.</summary>
    private static async Task<IReadOnlyList<SyntheticSource>> EnsureSourcesAsync(NpgsqlConnection conn, int count, DateTimeOffset now, CancellationToken ct)
    {
        await using (var insert = new NpgsqlCommand("""
            INSERT INTO sources (name, slug, kind, url, site_url, enabled, poll_interval_minutes, language, page_limit, pre_moderate_comments,
                                 consecutive_errors, next_attempt_at, created_at, selectors)
            SELECT 'Synthetic Outlet ' || lpad(n::text, 2, '0'), 'synthetic-' || lpad(n::text, 2, '0'), 'Feed',
                   'https://synthetic.newshub.test/synthetic-' || lpad(n::text, 2, '0') || '/feed.xml',
                   'https://synthetic.newshub.test/synthetic-' || lpad(n::text, 2, '0') || '/', false, 30, 'en', 1, false, 0, @now, @now, '{}'::jsonb
            FROM generate_series(1, @count) n
            ON CONFLICT DO NOTHING
            """, conn))
        {
            insert.Parameters.AddWithValue("count", count);
            insert.Parameters.AddWithValue("now", now);
            await insert.ExecuteNonQueryAsync(ct);
        }
        var sources = new List<SyntheticSource>();
        await using var cmd = new NpgsqlCommand("SELECT id, name, slug FROM sources WHERE slug LIKE 'synthetic-%' ORDER BY slug LIMIT @count", conn);
        cmd.Parameters.AddWithValue("count", count);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) sources.Add(new(reader.GetInt32(0), reader.GetString(1), reader.GetString(2)));
        return sources;
    }

    /// <summary>A few readers who comment. They cannot sign in: no password.</summary>
    private static async Task<IReadOnlyList<string>> EnsureReadersAsync(NpgsqlConnection conn, DateTimeOffset now, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            INSERT INTO users (id, display_name, created_at, is_banned, pre_moderate, user_name, normalized_user_name, email, normalized_email,
                               email_confirmed, security_stamp, concurrency_stamp, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count)
            SELECT @prefix || lpad(n::text, 2, '0'), 'Reader ' || n, @now, false, false,
                   'reader' || n || '@synthetic.newshub.test', upper('reader' || n || '@synthetic.newshub.test'),
                   'reader' || n || '@synthetic.newshub.test', upper('reader' || n || '@synthetic.newshub.test'),
                   true, md5(n::text), md5('c' || n), false, false, true, 0
            FROM generate_series(1, @count) n
            ON CONFLICT DO NOTHING
            """, conn);
        cmd.Parameters.AddWithValue("prefix", ReaderIdPrefix);
        cmd.Parameters.AddWithValue("now", now);
        cmd.Parameters.AddWithValue("count", ReaderCount);
        await cmd.ExecuteNonQueryAsync(ct);
        return Enumerable.Range(1, ReaderCount).Select(n => $"{ReaderIdPrefix}{n:00}").ToList();
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection conn, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlConnection conn, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 0 };
        await cmd.ExecuteNonQueryAsync(ct);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rebuilt {Count} secondary indexes after the load in {Seconds:0.0} s")]
    private partial void LogIndexesRebuilt(int count, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Done} of {Total} synthetic articles in {Seconds:0.0} s")]
    private partial void LogProgress(int done, int total, double seconds);
}
