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
        var model = await pageData.GetAsync($"article:{id}", () => LoadAsync(id, CancellationToken.None));
        if (model is null) return NotFound();
        // One address per article: a missing or stale slug redirects to the canonical one.
        if (slug != model.Article.Slug) return RedirectPermanent(model.Path);
        return View(model);
    }

    /// <summary>Two round trips: the article with its source, then its tags and the story's other coverage together.</summary>
    private async Task<ArticleViewModel?> LoadAsync(long id, CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == id && a.Status == ArticleStatus.Published)
            // What the page shows, with its source; not search_vector, the largest column, which only search reads.
            .Select(a => new Article
            {
                Id = a.Id, SourceId = a.SourceId, Source = a.Source, Url = a.Url, Title = a.Title, Slug = a.Slug, Byline = a.Byline,
                Summary = a.Summary, BodyHtml = a.BodyHtml, BodyText = a.BodyText, LeadImageUrl = a.LeadImageUrl, Language = a.Language,
                SiteName = a.SiteName, PublishedAt = a.PublishedAt, UpdatedAt = a.UpdatedAt, FetchedAt = a.FetchedAt, Status = a.Status,
                StoryClusterId = a.StoryClusterId, CommentsClosed = a.CommentsClosed, CommentCount = a.CommentCount,
            })
            .FirstOrDefaultAsync(ct);
        if (article is null) return null;
        var clusterId = article.StoryClusterId ?? 0;
        var related = await db.Database.SqlQuery<RelatedRows>($"""
            SELECT
              (SELECT coalesce(json_agg(x ORDER BY x.is_primary DESC, x.score DESC), '[]') FROM (
                 SELECT t.country_code AS key, c.name, t.score, t.is_primary, t.origin = 'Editor' AS by_editor, t.evidence
                 FROM article_countries t JOIN countries c ON c.code = t.country_code
                 WHERE t.article_id = {id} AND NOT t.suppressed) x)::text AS "Countries",
              (SELECT coalesce(json_agg(x ORDER BY x.is_primary DESC, x.score DESC), '[]') FROM (
                 SELECT t.region_slug AS key, r.name, t.score, t.is_primary, t.origin = 'Editor' AS by_editor
                 FROM article_regions t JOIN regions r ON r.slug = t.region_slug
                 WHERE t.article_id = {id} AND NOT t.suppressed) x)::text AS "Regions",
              (SELECT coalesce(json_agg(x ORDER BY x.published_at, x.id), '[]') FROM (
                 SELECT a.id, a.title, a.slug, s.name AS source_name, a.published_at
                 FROM articles a JOIN sources s ON s.id = a.source_id
                 WHERE a.story_cluster_id = {clusterId} AND a.id <> {id} AND a.status = 'Published'
                 ORDER BY a.published_at, a.id LIMIT 30) x)::text AS "Coverage"
            """).SingleAsync(ct);
        var countries = Parse<TagJson>(related.Countries).Select(t => new ArticleTag(t.Key, t.Name, "/country/" + t.Key.ToLowerInvariant(), t.Score,
            t.IsPrimary, t.ByEditor, t.Evidence ?? [])).ToList();
        var regions = Parse<TagJson>(related.Regions).Select(t => new ArticleTag(t.Key, t.Name, "/region/" + t.Key, t.Score,
            t.IsPrimary, t.ByEditor, [])).ToList();
        var coverage = Parse<CoverageJson>(related.Coverage).Select(c => new CoverageItem(c.Id, c.Title, $"/article/{c.Id}/{c.Slug}", c.SourceName,
            c.PublishedAt)).ToList();
        return new ArticleViewModel(article, countries, regions, coverage);
    }

    // json_agg names the fields after the columns: snake_case.
    private static readonly JsonSerializerOptions SnakeCase = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private static List<T> Parse<T>(string json) => JsonSerializer.Deserialize<List<T>>(json, SnakeCase) ?? [];

    private sealed record RelatedRows(string Countries, string Regions, string Coverage);
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
