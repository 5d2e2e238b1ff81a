using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
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
    /// cost 1 ms more CPU per page than one.
    /// </summary>
    private async Task<ArticleViewModel?> LoadAsync(long id, CancellationToken ct)
    {
        // Not search_vector, the largest column, which only search reads.
        var row = await db.Database.SqlQuery<ArticleRow>($"""
            SELECT a.id AS "Id", a.source_id AS "SourceId", s.name AS "SourceName", s.slug AS "SourceSlug", a.url AS "Url",
                   a.title AS "Title", a.slug AS "Slug", a.byline AS "Byline", a.summary AS "Summary", a.body_html AS "BodyHtml",
                   a.body_text AS "BodyText", a.lead_image_url AS "LeadImageUrl", a.language AS "Language", a.site_name AS "SiteName",
                   a.published_at AS "PublishedAt", a.updated_at AS "UpdatedAt", a.fetched_at AS "FetchedAt",
                   a.story_cluster_id AS "StoryClusterId", a.comments_closed AS "CommentsClosed", a.comment_count AS "CommentCount",
              (SELECT coalesce(json_agg(x ORDER BY x.is_primary DESC, x.score DESC), '[]') FROM (
                 SELECT t.country_code AS key, c.name, t.score, t.is_primary, t.origin = 'Editor' AS by_editor, t.evidence
                 FROM article_countries t JOIN countries c ON c.code = t.country_code
                 WHERE t.article_id = a.id AND NOT t.suppressed) x)::text AS "Countries",
              (SELECT coalesce(json_agg(x ORDER BY x.is_primary DESC, x.score DESC), '[]') FROM (
                 SELECT t.region_slug AS key, r.name, t.score, t.is_primary, t.origin = 'Editor' AS by_editor
                 FROM article_regions t JOIN regions r ON r.slug = t.region_slug
                 WHERE t.article_id = a.id AND NOT t.suppressed) x)::text AS "Regions",
              (SELECT coalesce(json_agg(x ORDER BY x.published_at, x.id), '[]') FROM (
                 SELECT o.id, o.title, o.slug, os.name AS source_name, o.published_at
                 FROM articles o JOIN sources os ON os.id = o.source_id
                 WHERE o.story_cluster_id = a.story_cluster_id AND o.id <> a.id AND o.status = 'Published'
                 ORDER BY o.published_at, o.id LIMIT 30) x)::text AS "Coverage"
            FROM articles a JOIN sources s ON s.id = a.source_id
            WHERE a.id = {id} AND a.status = 'Published'
            """).FirstOrDefaultAsync(ct);
        if (row is null) return null;
        var article = new Article
        {
            Id = row.Id, SourceId = row.SourceId, Source = new Source { Id = row.SourceId, Name = row.SourceName, Slug = row.SourceSlug, Url = "" },
            Url = row.Url, Title = row.Title, Slug = row.Slug, Byline = row.Byline, Summary = row.Summary, BodyHtml = row.BodyHtml,
            BodyText = row.BodyText, LeadImageUrl = row.LeadImageUrl, Language = row.Language, SiteName = row.SiteName,
            PublishedAt = row.PublishedAt, UpdatedAt = row.UpdatedAt, FetchedAt = row.FetchedAt, Status = ArticleStatus.Published,
            StoryClusterId = row.StoryClusterId, CommentsClosed = row.CommentsClosed, CommentCount = row.CommentCount,
        };
        var countries = Parse<TagJson>(row.Countries).Select(t => new ArticleTag(t.Key, t.Name, "/country/" + t.Key.ToLowerInvariant(), t.Score,
            t.IsPrimary, t.ByEditor, t.Evidence ?? [])).ToList();
        var regions = Parse<TagJson>(row.Regions).Select(t => new ArticleTag(t.Key, t.Name, "/region/" + t.Key, t.Score,
            t.IsPrimary, t.ByEditor, [])).ToList();
        var coverage = Parse<CoverageJson>(row.Coverage).Select(c => new CoverageItem(c.Id, c.Title, $"/article/{c.Id}/{c.Slug}", c.SourceName,
            c.PublishedAt)).ToList();
        return new ArticleViewModel(article, countries, regions, coverage);
    }

    // json_agg names the fields after the columns: snake_case.
    private static readonly JsonSerializerOptions SnakeCase = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private static List<T> Parse<T>(string json) => JsonSerializer.Deserialize<List<T>>(json, SnakeCase) ?? [];

    private sealed record ArticleRow(long Id, int SourceId, string SourceName, string SourceSlug, string Url, string Title, string Slug,
        string? Byline, string? Summary, string BodyHtml, string BodyText, string? LeadImageUrl, string? Language, string? SiteName,
        DateTimeOffset PublishedAt, DateTimeOffset? UpdatedAt, DateTimeOffset FetchedAt, long? StoryClusterId, bool CommentsClosed,
        int CommentCount, string Countries, string Regions, string Coverage);
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
