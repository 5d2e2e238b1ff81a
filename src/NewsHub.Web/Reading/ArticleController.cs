using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Data;
using NewsHub.Web.Model;

namespace NewsHub.Web.Reading;

public sealed class ArticleController(NewsHubDbContext db) : Controller
{
    [HttpGet("/article/{id:long}/{slug?}")]
    [OutputCache(PolicyName = ReadingServices.PublicPagePolicy)]
    public async Task<IActionResult> Show(long id, string? slug, CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking().Include(a => a.Source)
            .FirstOrDefaultAsync(a => a.Id == id && a.Status == ArticleStatus.Published, ct);
        if (article is null) return NotFound();
        // One address per article: a missing or stale slug redirects to the canonical one.
        if (slug != article.Slug) return RedirectPermanent($"/article/{article.Id}/{article.Slug}");

        var countries = await db.ArticleCountries.AsNoTracking().Where(t => t.ArticleId == id && !t.Suppressed)
            .OrderByDescending(t => t.IsPrimary).ThenByDescending(t => t.Score)
            .Select(t => new ArticleTag(t.CountryCode, t.Country!.Name, "/country/" + t.CountryCode.ToLower(), t.Score, t.IsPrimary,
                t.Origin == TagOrigin.Editor, t.Evidence)).ToListAsync(ct);
        var regions = await db.ArticleRegions.AsNoTracking().Where(t => t.ArticleId == id && !t.Suppressed)
            .OrderByDescending(t => t.IsPrimary).ThenByDescending(t => t.Score)
            .Select(t => new ArticleTag(t.RegionSlug, t.Region!.Name, "/region/" + t.RegionSlug, t.Score, t.IsPrimary,
                t.Origin == TagOrigin.Editor, Array.Empty<string>())).ToListAsync(ct);
        var coverage = article.StoryClusterId is { } clusterId
            ? await db.Articles.AsNoTracking()
                .Where(a => a.StoryClusterId == clusterId && a.Id != id && a.Status == ArticleStatus.Published)
                .OrderBy(a => a.PublishedAt)
                .Select(a => new CoverageItem(a.Id, a.Title, "/article/" + a.Id + "/" + a.Slug, a.Source!.Name, a.PublishedAt))
                .Take(30).ToListAsync(ct)
            : [];
        return View(new ArticleViewModel(article, countries, regions, coverage));
    }
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
