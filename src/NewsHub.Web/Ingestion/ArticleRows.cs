using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Data;
using NewsHub.Web.Model;
using Npgsql;
using NpgsqlTypes;

namespace NewsHub.Web.Ingestion;

/// <summary>
/// Inserts new articles with their tag rows in one round trip: one INSERT per article and per tag row, sent as a single
/// Npgsql batch (PostgreSQL runs a batch in one implicit transaction: all rows or none). EF Core's change tracking
/// (attaching the article graph, detecting changes, generating SQL) cost more scraper CPU than the insert itself.
/// <para>Each article comes with its id and a story cluster id reserved beforehand (<see cref="ReserveIdsAsync"/>) and
/// is stored in that cluster, created here holding only the article: its provisional cluster, which the clusterer keeps
/// when the article starts a story and drops when it joins another. Choosing the cluster at insert time spares the
/// UPDATE that used to write every new row a second time (a non-HOT update: a new version of the row and new entries
/// in every index, the text indexes included).</para>
/// <para>The articles' headline words go into search_terms first, in one sorted statement committed on its own, and
/// the batch tells the search_terms row trigger so (migration 0007): the trigger would only find every word there
/// already, after running its regex and unaccent over each title again. Inserting the words first, sorted and committed,
/// also means the trigger never holds some of them uncommitted while another writer's batch waits for them (a deadlock).</para>
/// <para>The caller sees a unique violation or a deadlock as the <see cref="PostgresException"/> it is; nothing is
/// stored then.</para>
/// </summary>
internal static class ArticleRows
{
    /// <summary>The words the search_terms trigger would add for these titles (newshub_headline_terms is its own rule).</summary>
    private const string HeadlineWords = """
        INSERT INTO search_terms (term)
        SELECT DISTINCT w FROM unnest($1::text[]) AS t(title), newshub_headline_terms(t.title) AS w
        ORDER BY 1
        ON CONFLICT (term) DO NOTHING
        """;

    private const string InsertCluster = """
        INSERT INTO story_clusters (id, lead_article_id, article_count, source_count, first_published_at, last_published_at, updated_at)
        VALUES ($1, $2, 1, 1, $3, $3, $4)
        """;

    private const string InsertArticle = """
        INSERT INTO articles (id, source_id, url, title, slug, byline, summary, body_html, body_text, lead_image_url, language, site_name,
            published_at, updated_at, fetched_at, content_hash, status, story_cluster_id, cluster_locked_by_editor, comments_closed,
            pre_moderate_comments, comment_count)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)
        """;

    private const string InsertCountry = """
        INSERT INTO article_countries (article_id, country_code, score, is_primary, origin, suppressed, evidence)
        VALUES ($1, $2, $3, $4, $5, $6, $7)
        """;

    private const string InsertRegion = """
        INSERT INTO article_regions (article_id, region_slug, score, is_primary, origin, suppressed)
        VALUES ($1, $2, $3, $4, $5, $6)
        """;

    /// <summary>
    /// <paramref name="count"/> article ids and as many story cluster ids, taken from their tables' sequences in one
    /// round trip. An id reserved and never used (a failed batch) is a gap, as after any rolled-back insert.
    /// </summary>
    public static async Task<(long[] ArticleIds, long[] ClusterIds)> ReserveIdsAsync(NewsHubDbContext db, int count, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var articleIds = new long[count];
        var clusterIds = new long[count];
        if (count == 0) return (articleIds, clusterIds);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = new NpgsqlCommand("""
                SELECT nextval(pg_get_serial_sequence('articles', 'id')), nextval(pg_get_serial_sequence('story_clusters', 'id'))
                FROM generate_series(1, $1)
                """, (NpgsqlConnection)db.Database.GetDbConnection());
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = count });
            await using var reader = await command.ExecuteReaderAsync(ct);
            for (var i = 0; await reader.ReadAsync(ct); i++)
            {
                articleIds[i] = reader.GetInt64(0);
                clusterIds[i] = reader.GetInt64(1);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return (articleIds, clusterIds);
    }

    public static async Task InsertAsync(NewsHubDbContext db, IReadOnlyList<Article> articles, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0) return;
        foreach (var a in articles)
            if (a.Id <= 0 || a.StoryClusterId is not > 0) throw new ArgumentException("Every article needs its reserved id and provisional cluster id.", nameof(articles));
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using (var words = new NpgsqlCommand(HeadlineWords, connection))
            {
                words.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = articles.Select(a => a.Title).ToArray() });
                await words.ExecuteNonQueryAsync(ct);
            }
            await using var batch = new NpgsqlBatch(connection);
            // For this batch's implicit transaction only (is_local): its rows' headline words are stored already.
            batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT set_config('newshub.headline_terms_stored', 'on', true)"));
            foreach (var a in articles)
            {
                batch.BatchCommands.Add(Command(InsertCluster, new NpgsqlParameter<long> { TypedValue = a.StoryClusterId!.Value },
                    new NpgsqlParameter<long> { TypedValue = a.Id },
                    new NpgsqlParameter<DateTimeOffset> { TypedValue = a.PublishedAt, NpgsqlDbType = NpgsqlDbType.TimestampTz },
                    new NpgsqlParameter<DateTimeOffset> { TypedValue = a.FetchedAt, NpgsqlDbType = NpgsqlDbType.TimestampTz }));
                batch.BatchCommands.Add(Command(InsertArticle, new NpgsqlParameter<long> { TypedValue = a.Id },
                    new NpgsqlParameter<int> { TypedValue = a.SourceId },
                    Text(a.Url), Text(a.Title), Text(a.Slug), Text(a.Byline), Text(a.Summary), Text(a.BodyHtml), Text(a.BodyText),
                    Text(a.LeadImageUrl), Text(a.Language), Text(a.SiteName),
                    new NpgsqlParameter<DateTimeOffset> { TypedValue = a.PublishedAt, NpgsqlDbType = NpgsqlDbType.TimestampTz },
                    new NpgsqlParameter { Value = a.UpdatedAt is { } u ? u : DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz },
                    new NpgsqlParameter<DateTimeOffset> { TypedValue = a.FetchedAt, NpgsqlDbType = NpgsqlDbType.TimestampTz },
                    Text(a.ContentHash), Text(a.Status.ToString()), new NpgsqlParameter<long> { TypedValue = a.StoryClusterId.Value },
                    new NpgsqlParameter<bool> { TypedValue = a.ClusterLockedByEditor }, new NpgsqlParameter<bool> { TypedValue = a.CommentsClosed },
                    new NpgsqlParameter<bool> { TypedValue = a.PreModerateComments }, new NpgsqlParameter<int> { TypedValue = a.CommentCount }));
                foreach (var c in a.Countries)
                    batch.BatchCommands.Add(Command(InsertCountry, new NpgsqlParameter<long> { TypedValue = a.Id }, Text(c.CountryCode), new NpgsqlParameter<double> { TypedValue = c.Score },
                        new NpgsqlParameter<bool> { TypedValue = c.IsPrimary }, Text(c.Origin.ToString()), new NpgsqlParameter<bool> { TypedValue = c.Suppressed },
                        new NpgsqlParameter<string[]> { TypedValue = c.Evidence }));
                foreach (var r in a.Regions)
                    batch.BatchCommands.Add(Command(InsertRegion, new NpgsqlParameter<long> { TypedValue = a.Id }, Text(r.RegionSlug), new NpgsqlParameter<double> { TypedValue = r.Score },
                        new NpgsqlParameter<bool> { TypedValue = r.IsPrimary }, Text(r.Origin.ToString()), new NpgsqlParameter<bool> { TypedValue = r.Suppressed }));
            }

            await batch.ExecuteNonQueryAsync(ct);
            foreach (var a in articles)
            {
                foreach (var c in a.Countries) c.ArticleId = a.Id;
                foreach (var r in a.Regions) r.ArticleId = a.Id;
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static NpgsqlBatchCommand Command(string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        return command;
    }

    private static NpgsqlParameter Text(string? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };
}
