using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Data;

namespace NewsHub.Web.Reading;

/// <summary>Region, country and source pages: newest stories first, keyset-paginated.</summary>
/// <remarks>Page data comes through <see cref="PageDataCache"/>; its loads are shared by waiting requests, so they do not stop
/// when one of them goes away (CancellationToken.None).</remarks>
public sealed class SectionController(NewsHubDbContext db, StoryListings listings, FrontPage frontPage, PageDataCache pageData, TimeProvider clock) : Controller
{
    [HttpGet("/region/{slug}")]
    [OutputCache(PolicyName = ReadingServices.PublicPagePolicy)]
    public async Task<IActionResult> Region(string slug, string? before)
    {
        slug = slug.ToLowerInvariant();
        var model = await pageData.GetAsync($"region:{slug}:{before}", () => RegionModelAsync(slug, before, CancellationToken.None));
        return model is null ? NotFound() : View("Listing", model);
    }

    [HttpGet("/country/{code}")]
    [OutputCache(PolicyName = ReadingServices.PublicPagePolicy)]
    public async Task<IActionResult> Country(string code, string? before)
    {
        code = code.ToUpperInvariant();
        var model = await pageData.GetAsync($"country:{code}:{before}", () => CountryModelAsync(code, before, CancellationToken.None));
        return model is null ? NotFound() : View("Listing", model);
    }

    [HttpGet("/source/{slug}")]
    [OutputCache(PolicyName = ReadingServices.PublicPagePolicy)]
    public async Task<IActionResult> Source(string slug, string? before)
    {
        var model = await pageData.GetAsync($"source:{slug}:{before}", () => SourceModelAsync(slug, before, CancellationToken.None));
        return model is null ? NotFound() : View("Listing", model);
    }

    private async Task<SectionViewModel?> RegionModelAsync(string slug, string? before, CancellationToken ct)
    {
        var region = await db.Regions.AsNoTracking().Where(r => r.Slug == slug)
            .Select(r => new { r.Slug, r.Name, Countries = r.Countries.OrderBy(c => c.Country!.Name).Select(c => new TagBadge(c.CountryCode, c.Country!.Name, "/country/" + c.CountryCode.ToLower())).ToList() })
            .FirstOrDefaultAsync(ct);
        if (region is null) return null;
        var cursor = Cursor.Parse(before);
        var page = await listings.ForRegionAsync(slug, cursor, ct);
        var pinned = cursor is null ? await frontPage.CuratedAsync(slug, includeDrafts: false, clock.GetUtcNow(), ct) : [];
        var coverage = cursor is null ? await frontPage.CoverageAsync(clock.GetUtcNow().AddDays(-7), ct, slug) : [];
        return new SectionViewModel("region", region.Name, $"Latest news from {region.Name}", "/region/" + slug,
            pinned, page.Stories.Where(s => pinned.All(p => p.ClusterId != s.ClusterId)).ToList(), page.Next, cursor is not null,
            region.Countries, coverage, "/region/" + slug + "/feed");
    }

    private async Task<SectionViewModel?> CountryModelAsync(string code, string? before, CancellationToken ct)
    {
        var country = await db.Countries.AsNoTracking().Where(c => c.Code == code)
            .Select(c => new { c.Code, c.Name, Regions = c.Regions.Select(r => new TagBadge(r.RegionSlug, r.Region!.Name, "/region/" + r.RegionSlug)).ToList() })
            .FirstOrDefaultAsync(ct);
        if (country is null) return null;
        var cursor = Cursor.Parse(before);
        var page = await listings.ForCountryAsync(code, cursor, ct);
        return new SectionViewModel("country", country.Name, $"Latest news about {country.Name}", "/country/" + code.ToLowerInvariant(),
            [], page.Stories, page.Next, cursor is not null, country.Regions, [], "/country/" + code.ToLowerInvariant() + "/feed");
    }

    private async Task<SectionViewModel?> SourceModelAsync(string slug, string? before, CancellationToken ct)
    {
        var source = await db.Sources.AsNoTracking().Where(s => s.Slug == slug).Select(s => new { s.Id, s.Name, s.SiteUrl, s.Url }).FirstOrDefaultAsync(ct);
        if (source is null) return null;
        var cursor = Cursor.Parse(before);
        var page = await listings.ForSourceAsync(source.Id, cursor, ct);
        return new SectionViewModel("source", source.Name, $"Stories from {source.Name}", "/source/" + slug,
            [], page.Stories, page.Next, cursor is not null, [], [], null) { ExternalUrl = source.SiteUrl ?? source.Url };
    }
}

public sealed record SectionViewModel(
    string Kind, string Name, string Description, string Path, IReadOnlyList<StoryCard> Pinned, IReadOnlyList<StoryCard> Stories,
    Cursor? Next, bool IsLaterPage, IReadOnlyList<TagBadge> Related, IReadOnlyList<FrontPage.CountryCount> Coverage, string? FeedUrl)
{
    public string? ExternalUrl { get; init; }
}
