using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using NewsHub.Web.Data;

namespace NewsHub.Web.Shared;

/// <summary>The region links in the header; regions change rarely, so they are cached briefly.</summary>
public sealed class RegionNavViewComponent(NewsHubDbContext db, IMemoryCache cache) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var regions = await cache.GetOrCreateAsync("region-nav", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5);
            return await db.Regions.AsNoTracking().OrderBy(r => r.SortOrder).Select(r => new RegionLink(r.Slug, r.Name)).ToListAsync();
        }) ?? [];
        return View("/Shared/_RegionNav.cshtml", regions);
    }
}

public sealed record RegionLink(string Slug, string Name);
