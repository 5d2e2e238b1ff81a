using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Data;
using NewsHub.Web.Model;

namespace NewsHub.Web.Reading;

/// <summary>
/// Turns cluster ids into story cards in three queries whatever their number: clusters with their
/// lead article and source, then the lead articles' country tags, then their region tags.
/// </summary>
public sealed class StoryCards(NewsHubDbContext db)
{
    public async Task<IReadOnlyList<StoryCard>> LoadAsync(IReadOnlyList<long> clusterIds, CancellationToken ct)
    {
        if (clusterIds.Count == 0) return [];
        var ids = clusterIds.Distinct().ToArray();
        var rows = await (
            from c in db.StoryClusters.AsNoTracking()
            where ids.Contains(c.Id)
            join a in db.Articles on c.LeadArticleId equals a.Id
            // A cluster whose every article an editor hid keeps a (hidden) lead: it must not be shown.
            where a.Status == ArticleStatus.Published
            select new CardRow(c.Id, c.SourceCount, a.Id, a.Title, a.Slug, a.Summary, a.LeadImageUrl, a.Source!.Name, a.Source.Slug, a.PublishedAt, a.CommentCount))
            .ToListAsync(ct);
        return await ToCardsAsync(ids, rows, r => r.ClusterId, ct);
    }

    /// <summary>Cards for given articles (a source's own), each with its cluster's source count.</summary>
    public async Task<IReadOnlyList<StoryCard>> LoadForArticlesAsync(IReadOnlyList<long> articleIds, CancellationToken ct)
    {
        if (articleIds.Count == 0) return [];
        var ids = articleIds.Distinct().ToArray();
        var rows = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new CardRow(a.StoryClusterId ?? 0, a.StoryCluster != null ? a.StoryCluster.SourceCount : 1, a.Id, a.Title, a.Slug,
                a.Summary, a.LeadImageUrl, a.Source!.Name, a.Source.Slug, a.PublishedAt, a.CommentCount))
            .ToListAsync(ct);
        return await ToCardsAsync(ids, rows, r => r.ArticleId, ct);
    }

    /// <summary>Cards in the order of <paramref name="ids"/>, with their badges (one more pair of queries).</summary>
    private async Task<IReadOnlyList<StoryCard>> ToCardsAsync(long[] ids, List<CardRow> rows, Func<CardRow, long> key, CancellationToken ct)
    {
        var (countries, regions) = await LoadBadgesAsync(rows.Select(r => r.ArticleId).ToArray(), ct);
        var byKey = rows.ToDictionary(key);
        return ids.Where(byKey.ContainsKey).Select(id =>
        {
            var r = byKey[id];
            return new StoryCard(r.ClusterId, r.ArticleId, r.Title, r.Slug, r.Summary, r.ImageUrl, r.SourceName, r.SourceSlug,
                r.PublishedAt, Math.Max(1, r.SourceCount), r.CommentCount,
                countries.GetValueOrDefault(r.ArticleId) ?? [], regions.GetValueOrDefault(r.ArticleId) ?? []);
        }).ToList();
    }

    private sealed record CardRow(long ClusterId, int SourceCount, long ArticleId, string Title, string Slug, string? Summary, string? ImageUrl,
        string SourceName, string SourceSlug, DateTimeOffset PublishedAt, int CommentCount);

    /// <summary>The strongest few country and region tags of each article, editor-removed ones excluded.</summary>
    public async Task<(Dictionary<long, List<TagBadge>> Countries, Dictionary<long, List<TagBadge>> Regions)> LoadBadgesAsync(
        long[] articleIds, CancellationToken ct)
    {
        var countryRows = await db.ArticleCountries.AsNoTracking()
            .Where(t => articleIds.Contains(t.ArticleId) && !t.Suppressed)
            .OrderByDescending(t => t.IsPrimary).ThenByDescending(t => t.Score)
            .Select(t => new { t.ArticleId, t.CountryCode, t.Country!.Name })
            .ToListAsync(ct);
        var regionRows = await db.ArticleRegions.AsNoTracking()
            .Where(t => articleIds.Contains(t.ArticleId) && !t.Suppressed)
            .OrderByDescending(t => t.IsPrimary).ThenByDescending(t => t.Score)
            .Select(t => new { t.ArticleId, t.RegionSlug, t.Region!.Name })
            .ToListAsync(ct);
        var countries = countryRows.GroupBy(r => r.ArticleId).ToDictionary(g => g.Key,
            g => g.Take(3).Select(r => new TagBadge(r.CountryCode, r.Name, "/country/" + r.CountryCode.ToLowerInvariant())).ToList());
        var regions = regionRows.GroupBy(r => r.ArticleId).ToDictionary(g => g.Key,
            g => g.Take(2).Select(r => new TagBadge(r.RegionSlug, r.Name, "/region/" + r.RegionSlug)).ToList());
        return (countries, regions);
    }
}
