using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Data;
using NewsHub.Web.Model;

namespace NewsHub.Web.Reading;

/// <summary>
/// What the home page shows: the editors' lead and top stories (or, until an editor has curated,
/// the most-covered recent stories), then the latest stories of each region, and this week's
/// coverage by country. A fixed handful of queries whatever the number of stories.
/// </summary>
public sealed class FrontPage(NewsHubDbContext db, StoryCards cards, TimeProvider clock)
{
    public const int TopCount = 7;
    public const int PerRegion = 4;

    public sealed record RegionSection(string Slug, string Name, IReadOnlyList<StoryCard> Stories);
    public sealed record CountryCount(string Code, string Name, int Articles);
    /// <param name="Drafts">An editor's preview of unpublished curation: never cached, never shown to readers.</param>
    public sealed record HomeModel(StoryCard? Lead, IReadOnlyList<StoryCard> Top, bool Curated, IReadOnlyList<RegionSection> Regions,
        IReadOnlyList<CountryCount> Coverage, bool Drafts = false);

    public async Task<HomeModel> BuildAsync(bool includeDrafts, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var curated = await CuratedAsync("home", includeDrafts, now, ct);
        var top = curated.Count > 0 ? curated : await MostCoveredAsync(now, ct);
        var shown = top.Select(s => s.ClusterId).ToHashSet();
        var regions = await RegionSectionsAsync(shown, includeDrafts, now, ct);
        var coverage = await CoverageAsync(now.AddDays(-7), ct);
        return new HomeModel(top.FirstOrDefault(), top.Skip(1).ToList(), curated.Count > 0, regions, coverage, includeDrafts);
    }

    /// <summary>Slots of a section in the editors' order; a headline/summary override replaces the article's on the card.</summary>
    public async Task<IReadOnlyList<StoryCard>> CuratedAsync(string section, bool includeDrafts, DateTimeOffset now, CancellationToken ct)
    {
        var slots = await db.FrontPageSlots.AsNoTracking()
            .Where(s => s.Section == section && (includeDrafts ? s.IsDraft : !s.IsDraft) && (s.ExpiresAt == null || s.ExpiresAt > now)
                        && s.Article!.Status == ArticleStatus.Published)
            .OrderBy(s => s.Position).ThenBy(s => s.Id)
            .Select(s => new { s.ArticleId, s.HeadlineOverride, s.SummaryOverride }).ToListAsync(ct);
        var loaded = (await cards.LoadForArticlesAsync(slots.Select(s => s.ArticleId).ToList(), ct)).ToDictionary(c => c.ArticleId);
        return slots.Where(s => loaded.ContainsKey(s.ArticleId)).Select(s => loaded[s.ArticleId] with
        {
            Title = string.IsNullOrWhiteSpace(s.HeadlineOverride) ? loaded[s.ArticleId].Title : s.HeadlineOverride,
            Summary = string.IsNullOrWhiteSpace(s.SummaryOverride) ? loaded[s.ArticleId].Summary : s.SummaryOverride,
        }).ToList();
    }

    /// <summary>Until editors curate: the recent stories most outlets covered.</summary>
    private async Task<IReadOnlyList<StoryCard>> MostCoveredAsync(DateTimeOffset now, CancellationToken ct)
    {
        var since = now.AddDays(-3);
        var ids = await db.StoryClusters.AsNoTracking()
            .Where(c => c.LeadArticleId != null && c.LastPublishedAt > since)
            .OrderByDescending(c => c.SourceCount).ThenByDescending(c => c.ArticleCount).ThenByDescending(c => c.LastPublishedAt)
            .Select(c => c.Id).Take(TopCount).ToListAsync(ct);
        if (ids.Count < TopCount)
        {
            // A quiet few days (or an old archive): fill with the latest stories.
            var more = await db.StoryClusters.AsNoTracking().Where(c => c.LeadArticleId != null && !ids.Contains(c.Id))
                .OrderByDescending(c => c.LastPublishedAt).ThenByDescending(c => c.Id).Select(c => c.Id)
                .Take(TopCount - ids.Count).ToListAsync(ct);
            ids.AddRange(more);
        }
        return await cards.LoadAsync(ids, ct);
    }

    private async Task<IReadOnlyList<RegionSection>> RegionSectionsAsync(HashSet<long> exclude, bool includeDrafts, DateTimeOffset now, CancellationToken ct)
    {
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.SortOrder).Select(r => new { r.Slug, r.Name }).ToListAsync(ct);
        var excluded = exclude.ToArray();
        // One query for every region: the newest clusters with an article tagged with it.
        var rows = await db.Database.SqlQuery<RegionCluster>($"""
            SELECT r.slug AS "Slug", x.id AS "ClusterId"
            FROM regions r
            CROSS JOIN LATERAL (
                SELECT c.id FROM story_clusters c
                WHERE c.lead_article_id IS NOT NULL AND NOT (c.id = ANY({excluded}))
                  AND EXISTS (SELECT 1 FROM articles a JOIN article_regions t ON t.article_id = a.id
                              WHERE a.story_cluster_id = c.id AND a.status = 'Published' AND t.region_slug = r.slug AND NOT t.suppressed)
                ORDER BY c.last_published_at DESC, c.id DESC
                LIMIT {PerRegion * 2}) x
            """).ToListAsync(ct);
        var pins = await db.FrontPageSlots.AsNoTracking()
            .Where(s => s.Section != "home" && (includeDrafts ? s.IsDraft : !s.IsDraft) && (s.ExpiresAt == null || s.ExpiresAt > now))
            .OrderBy(s => s.Position).Select(s => new { s.Section, s.ArticleId }).ToListAsync(ct);
        var clusterCards = (await cards.LoadAsync(rows.Select(r => r.ClusterId).ToList(), ct)).ToDictionary(c => c.ClusterId);
        var pinCards = (await cards.LoadForArticlesAsync(pins.Select(p => p.ArticleId).ToList(), ct)).ToDictionary(c => c.ArticleId);
        // A story about Türkiye belongs to two regions; it is shown in the first section only.
        var shown = new HashSet<long>(exclude);
        return regions.Select(r =>
        {
            var pinned = pins.Where(p => p.Section == r.Slug && pinCards.ContainsKey(p.ArticleId)).Select(p => pinCards[p.ArticleId]).ToList();
            var latest = rows.Where(x => x.Slug == r.Slug && clusterCards.ContainsKey(x.ClusterId)).Select(x => clusterCards[x.ClusterId])
                .Where(c => pinned.All(p => p.ClusterId != c.ClusterId) && !shown.Contains(c.ClusterId));
            var stories = pinned.Concat(latest).Take(PerRegion).ToList();
            shown.UnionWith(stories.Select(c => c.ClusterId));
            return new RegionSection(r.Slug, r.Name, stories);
        }).Where(s => s.Stories.Count > 0).ToList();
    }

    /// <summary>Articles per primary country since a date (optionally within a region): the coverage chart.</summary>
    /// <remarks>
    /// Driven from the recent articles (published_at index), each probing its own tags through the primary key: the
    /// cost follows the week's articles, not the archive. A plain join let the planner scan all of article_countries
    /// (190 ms at 100k articles, growing with the archive); OFFSET 0 keeps the lateral subquery from being flattened back
    /// into that join.
    /// </remarks>
    public async Task<IReadOnlyList<CountryCount>> CoverageAsync(DateTimeOffset since, CancellationToken ct, string? regionSlug = null) =>
        await db.Database.SqlQuery<CountryCount>($"""
            SELECT x.code AS "Code", c.name AS "Name", x.articles AS "Articles"
            FROM (
                SELECT t.country_code AS code, count(*)::int AS articles
                FROM articles a
                CROSS JOIN LATERAL (SELECT t.country_code FROM article_countries t
                                    WHERE t.article_id = a.id AND t.is_primary AND NOT t.suppressed OFFSET 0) t
                WHERE a.status = 'Published' AND a.published_at >= {since}
                  AND ({regionSlug}::text IS NULL OR EXISTS (SELECT 1 FROM country_regions cr WHERE cr.country_code = t.country_code AND cr.region_slug = {regionSlug}))
                GROUP BY t.country_code) x
            JOIN countries c ON c.code = x.code
            ORDER BY x.articles DESC, c.name
            LIMIT 12
            """).ToListAsync(ct);

    private sealed record RegionCluster(string Slug, long ClusterId);
}
