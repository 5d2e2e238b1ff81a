using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using NewsHub.Web.Data;
using NewsHub.Web.Reading;

namespace NewsHub.Web.Search;

public sealed class SearchController(ArticleSearch search, NewsHubDbContext db, IMemoryCache cache) : Controller
{
    [HttpGet("/search")]
    [OutputCache(PolicyName = ReadingServices.PublicPagePolicy)]
    public async Task<IActionResult> Index(string? q, string? region, string? country, string? source, string? from, string? to,
        string? sort, int? page, CancellationToken ct)
    {
        var request = SearchRequest.Parse(q, region, country, source, from, to, sort, page);
        var result = await search.SearchAsync(request, ct);
        var facets = await FacetsAsync(ct);
        return View(new SearchViewModel(request, result, facets));
    }

    /// <summary>
    /// The filter lists are the same for every query, and "countries that have stories" scans the tags:
    /// computed once a few minutes, not on every search.
    /// </summary>
    private async Task<SearchFacets> FacetsAsync(CancellationToken ct) =>
        (await cache.GetOrCreateAsync("search-facets", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5);
            return new SearchFacets(
                await db.Regions.AsNoTracking().OrderBy(r => r.SortOrder).Select(r => new TagBadge(r.Slug, r.Name, "")).ToListAsync(ct),
                await db.Countries.AsNoTracking().Where(c => db.ArticleCountries.Any(t => t.CountryCode == c.Code))
                    .OrderBy(c => c.Name).Select(c => new TagBadge(c.Code, c.Name, "")).ToListAsync(ct),
                await db.Sources.AsNoTracking().OrderBy(s => s.Name).Select(s => new TagBadge(s.Slug, s.Name, "")).ToListAsync(ct));
        }))!;
}

public sealed record SearchFacets(IReadOnlyList<TagBadge> Regions, IReadOnlyList<TagBadge> Countries, IReadOnlyList<TagBadge> Sources);

public sealed record SearchViewModel(SearchRequest Request, ArticleSearch.Result Result, SearchFacets Facets)
{
    public string PageUrl(int page, bool? sortByDate = null)
    {
        var r = Request;
        var query = new Dictionary<string, string?>
        {
            ["q"] = r.Query, ["region"] = r.Region, ["country"] = r.Country, ["source"] = r.Source,
            ["from"] = r.From?.ToString("yyyy-MM-dd"), ["to"] = r.To?.ToString("yyyy-MM-dd"),
            ["sort"] = (sortByDate ?? r.SortByDate) ? "date" : null, ["page"] = page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/search", query.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }

    public string FeedUrl => Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/search/feed", "q", Request.Query);
}
