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
/// <para>The caller sees a unique violation or a deadlock as the <see cref="PostgresException"/> it is; nothing is
/// stored then. Each article's id is set from the database; its tag rows in <see cref="Article.Countries"/> and
/// <see cref="Article.Regions"/> get it too.</para>
/// </summary>
internal static class ArticleRows
{
    private const string InsertArticle = """
        INSERT INTO articles (source_id, url, title, slug, byline, summary, body_html, body_text, lead_image_url, language, site_name,
            published_at, updated_at, fetched_at, content_hash, status, cluster_locked_by_editor, comments_closed, pre_moderate_comments, comment_count)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
        RETURNING id
        """;

    // The article inserted just before in this batch: currval is per session, so other writers cannot interfere.
    private const string InsertCountry = """
        INSERT INTO article_countries (article_id, country_code, score, is_primary, origin, suppressed, evidence)
        VALUES (currval(pg_get_serial_sequence('articles', 'id')), $1, $2, $3, $4, $5, $6)
        """;

    private const string InsertRegion = """
        INSERT INTO article_regions (article_id, region_slug, score, is_primary, origin, suppressed)
        VALUES (currval(pg_get_serial_sequence('articles', 'id')), $1, $2, $3, $4, $5)
        """;

    public static async Task InsertAsync(NewsHubDbContext db, IReadOnlyList<Article> articles, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0) return;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var batch = new NpgsqlBatch((NpgsqlConnection)db.Database.GetDbConnection());
            foreach (var a in articles)
            {
                batch.BatchCommands.Add(Command(InsertArticle,
                    new NpgsqlParameter<int> { TypedValue = a.SourceId },
                    Text(a.Url), Text(a.Title), Text(a.Slug), Text(a.Byline), Text(a.Summary), Text(a.BodyHtml), Text(a.BodyText),
                    Text(a.LeadImageUrl), Text(a.Language), Text(a.SiteName),
                    new NpgsqlParameter<DateTimeOffset> { TypedValue = a.PublishedAt, NpgsqlDbType = NpgsqlDbType.TimestampTz },
                    new NpgsqlParameter { Value = a.UpdatedAt is { } u ? u : DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz },
                    new NpgsqlParameter<DateTimeOffset> { TypedValue = a.FetchedAt, NpgsqlDbType = NpgsqlDbType.TimestampTz },
                    Text(a.ContentHash), Text(a.Status.ToString()),
                    new NpgsqlParameter<bool> { TypedValue = a.ClusterLockedByEditor }, new NpgsqlParameter<bool> { TypedValue = a.CommentsClosed },
                    new NpgsqlParameter<bool> { TypedValue = a.PreModerateComments }, new NpgsqlParameter<int> { TypedValue = a.CommentCount }));
                foreach (var c in a.Countries)
                    batch.BatchCommands.Add(Command(InsertCountry, Text(c.CountryCode), new NpgsqlParameter<double> { TypedValue = c.Score },
                        new NpgsqlParameter<bool> { TypedValue = c.IsPrimary }, Text(c.Origin.ToString()), new NpgsqlParameter<bool> { TypedValue = c.Suppressed },
                        new NpgsqlParameter<string[]> { TypedValue = c.Evidence }));
                foreach (var r in a.Regions)
                    batch.BatchCommands.Add(Command(InsertRegion, Text(r.RegionSlug), new NpgsqlParameter<double> { TypedValue = r.Score },
                        new NpgsqlParameter<bool> { TypedValue = r.IsPrimary }, Text(r.Origin.ToString()), new NpgsqlParameter<bool> { TypedValue = r.Suppressed }));
            }

            // Only the articles' INSERTs return rows, one id each, in batch order (whether or not a reader stops at the
            // tag rows' empty results).
            var ids = new List<long>(articles.Count);
            await using (var reader = await batch.ExecuteReaderAsync(ct))
            {
                do
                {
                    while (await reader.ReadAsync(ct)) ids.Add(reader.GetInt64(0));
                } while (await reader.NextResultAsync(ct));
            }
            if (ids.Count != articles.Count) throw new InvalidOperationException($"{articles.Count} articles inserted but {ids.Count} ids returned.");
            for (var i = 0; i < articles.Count; i++)
            {
                var a = articles[i];
                a.Id = ids[i];
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
