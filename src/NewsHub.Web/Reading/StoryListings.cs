using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Data;
using NewsHub.Web.Model;

namespace NewsHub.Web.Reading;

/// <summary>The newest stories of a region, a country or a source, one keyset page at a time.</summary>
public sealed class StoryListings(NewsHubDbContext db, StoryCards cards)
{
    public const int PageSize = 20;

    public sealed record Page(IReadOnlyList<StoryCard> Stories, Cursor? Next);

    public Task<Page> ForRegionAsync(string slug, Cursor? before, CancellationToken ct) =>
        ClusterPageAsync(db.StoryClusters.Where(c => db.Articles.Any(a => a.StoryClusterId == c.Id && a.Status == ArticleStatus.Published
            && a.Regions.Any(r => r.RegionSlug == slug && !r.Suppressed))), before, ct);

    public Task<Page> ForCountryAsync(string code, Cursor? before, CancellationToken ct) =>
        ClusterPageAsync(db.StoryClusters.Where(c => db.Articles.Any(a => a.StoryClusterId == c.Id && a.Status == ArticleStatus.Published
            && a.Countries.Any(t => t.CountryCode == code && !t.Suppressed))), before, ct);

    /// <summary>A source page lists what that outlet published, so it pages over articles, not clusters.</summary>
    public async Task<Page> ForSourceAsync(int sourceId, Cursor? before, CancellationToken ct)
    {
        var q = db.Articles.AsNoTracking().Where(a => a.SourceId == sourceId && a.Status == ArticleStatus.Published);
        if (before is { } b) q = q.Where(a => a.PublishedAt < b.Time || (a.PublishedAt == b.Time && a.Id < b.Id));
        var page = await q.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Take(PageSize + 1)
            .Select(a => new { a.Id, a.PublishedAt }).ToListAsync(ct);
        var stories = await cards.LoadForArticlesAsync(page.Take(PageSize).Select(p => p.Id).ToList(), ct);
        return new Page(stories, page.Count > PageSize ? new Cursor(page[PageSize - 1].PublishedAt, page[PageSize - 1].Id) : null);
    }

    private async Task<Page> ClusterPageAsync(IQueryable<StoryCluster> q, Cursor? before, CancellationToken ct)
    {
        if (before is { } b) q = q.Where(c => c.LastPublishedAt < b.Time || (c.LastPublishedAt == b.Time && c.Id < b.Id));
        var page = await q.AsNoTracking().Where(c => c.LeadArticleId != null)
            .OrderByDescending(c => c.LastPublishedAt).ThenByDescending(c => c.Id).Take(PageSize + 1)
            .Select(c => new { c.Id, c.LastPublishedAt }).ToListAsync(ct);
        var stories = await cards.LoadAsync(page.Take(PageSize).Select(p => p.Id).ToList(), ct);
        return new Page(stories, page.Count > PageSize ? new Cursor(page[PageSize - 1].LastPublishedAt, page[PageSize - 1].Id) : null);
    }
}
