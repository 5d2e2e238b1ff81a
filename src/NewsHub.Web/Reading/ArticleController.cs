using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NewsHub.Web.Data;
using System.Text.Json;
using NewsHub.Web.Model;

namespace NewsHub.Web.Reading;

public sealed class ArticleController(NewsHubDbContext db, PageDataCache pageData) : Controller
{
    [HttpGet("/article/{id:long}/{slug?}")]
    [OutputCache(PolicyName = ReadingServices.PublicPagePolicy)]
    public async Task<IActionResult> Show(long id, string? slug)
    {
        // Shared by the requests waiting for it (see PageDataCache), so not cancelled with one of them.
        // Keyed like the page's output-cache tag: a comment change forgets both (ContentChanges.PublishArticleAsync).
        var model = await pageData.GetAsync(ArticlePageTagPolicy.TagFor(id), () => LoadAsync(id, CancellationToken.None));
        if (model is null) return NotFound();
        // One address per article: a missing or stale slug redirects to the canonical one.
        if (slug != model.Article.Slug) return RedirectPermanent(model.Path);
        return View(model);
    }

    /// <summary>
    /// One statement: the article with its source, its tags and the story's other coverage (as JSON). An uncached
    /// article page is mostly round trips (each a socket send and a wake-up of the server process): three statements
    /// cost 1 ms more CPU per page than one. Sent through Npgsql directly: EF Core does not cache the SQL of a query
    /// with FromSql arguments and generated it again for every page (a profile of uncached article pages had SQL
    /// generation, parameter processing and delegate compilation in every one).
    /// </summary>
    private async Task<ArticleViewModel?> LoadAsync(long id, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = new NpgsqlCommand(ArticleSql, (NpgsqlConnection)db.Database.GetDbConnection());
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
            await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SingleRow, ct);
            return await reader.ReadAsync(ct) ? Read(reader) : null;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // Not search_vector, the largest column, which only search reads. Read by ordinal in Read, in this order.
    private const string ArticleSql = """
        SELECT a.id, a.source_id, s.name, s.slug, a.url, a.title, a.slug, a.byline, a.summary, a.body_html, a.body_text,
               a.lead_image_url, a.language, a.site_name, a.published_at, a.updated_at, a.fetched_at, a.story_cluster_id,
               a.comments_closed, a.comment_count,
          (SELECT coalesce(json_agg(x ORDER BY x.is_primary DESC, x.score DESC), '[]') FROM (
             SELECT t.country_code AS key, c.name, t.score, t.is_primary, t.origin = 'Editor' AS by_editor, t.evidence
             FROM article_countries t JOIN countries c ON c.code = t.country_code
             WHERE t.article_id = a.id AND NOT t.suppressed) x)::text,
          (SELECT coalesce(json_agg(x ORDER BY x.is_primary DESC, x.score DESC), '[]') FROM (
             SELECT t.region_slug AS key, r.name, t.score, t.is_primary, t.origin = 'Editor' AS by_editor
             FROM article_regions t JOIN regions r ON r.slug = t.region_slug
             WHERE t.article_id = a.id AND NOT t.suppressed) x)::text,
          (SELECT coalesce(json_agg(x ORDER BY x.published_at, x.id), '[]') FROM (
             SELECT o.id, o.title, o.slug, os.name AS source_name, o.published_at
             FROM articles o JOIN sources os ON os.id = o.source_id
             WHERE o.story_cluster_id = a.story_cluster_id AND o.id <> a.id AND o.status = 'Published'
             ORDER BY o.published_at, o.id LIMIT 30) x)::text
        FROM articles a JOIN sources s ON s.id = a.source_id
        WHERE a.id = $1 AND a.status = 'Published'
        """;

    private static ArticleViewModel Read(NpgsqlDataReader r)
    {
        string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        DateTimeOffset At(int i) => r.GetFieldValue<DateTimeOffset>(i);
        var sourceId = r.GetInt32(1);
        var article = new Article
        {
            Id = r.GetInt64(0), SourceId = sourceId, Source = new Source { Id = sourceId, Name = r.GetString(2), Slug = r.GetString(3), Url = "" },
            Url = r.GetString(4), Title = r.GetString(5), Slug = r.GetString(6), Byline = Text(7), Summary = Text(8), BodyHtml = r.GetString(9),
            BodyText = r.GetString(10), LeadImageUrl = Text(11), Language = Text(12), SiteName = Text(13),
            PublishedAt = At(14), UpdatedAt = r.IsDBNull(15) ? null : At(15), FetchedAt = At(16), Status = ArticleStatus.Published,
            StoryClusterId = r.IsDBNull(17) ? null : r.GetInt64(17), CommentsClosed = r.GetBoolean(18), CommentCount = r.GetInt32(19),
        };
        var countries = Parse<TagJson>(r.GetString(20)).Select(t => new ArticleTag(t.Key, t.Name, "/country/" + t.Key.ToLowerInvariant(), t.Score,
            t.IsPrimary, t.ByEditor, t.Evidence ?? [])).ToList();
        var regions = Parse<TagJson>(r.GetString(21)).Select(t => new ArticleTag(t.Key, t.Name, "/region/" + t.Key, t.Score,
            t.IsPrimary, t.ByEditor, [])).ToList();
        var coverage = Parse<CoverageJson>(r.GetString(22)).Select(c => new CoverageItem(c.Id, c.Title, $"/article/{c.Id}/{c.Slug}", c.SourceName,
            c.PublishedAt)).ToList();
        return new ArticleViewModel(article, countries, regions, coverage);
    }

    // json_agg names the fields after the columns: snake_case.
    private static readonly JsonSerializerOptions SnakeCase = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private static List<T> Parse<T>(string json) => JsonSerializer.Deserialize<List<T>>(json, SnakeCase) ?? [];

    private sealed record TagJson(string Key, string Name, double Score, bool IsPrimary, bool ByEditor, string[]? Evidence);
    private sealed record CoverageJson(long Id, string Title, string Slug, string SourceName, DateTimeOffset PublishedAt);
}

public sealed record ArticleTag(string Key, string Name, string Href, double Score, bool IsPrimary, bool ByEditor, string[] Evidence)
{
    /// <summary>Why the story carries this tag, shown on hover or tap.</summary>
    public string Why => ByEditor ? "Tagged by an editor"
        : Evidence.Length > 0 ? "Mentions: " + string.Join(", ", Evidence.Take(6)) + $" (relevance {Score:0.00})"
        : $"Relevance {Score:0.00}";
}

public sealed record CoverageItem(long Id, string Title, string Url, string SourceName, DateTimeOffset PublishedAt);

public sealed record ArticleViewModel(Article Article, IReadOnlyList<ArticleTag> Countries, IReadOnlyList<ArticleTag> Regions,
    IReadOnlyList<CoverageItem> Coverage)
{
    public string Path => $"/article/{Article.Id}/{Article.Slug}";
}
