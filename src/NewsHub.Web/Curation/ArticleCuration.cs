using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Data;
using NewsHub.Web.Model;
using NewsHub.Web.Moderation;
using NewsHub.Web.Reading;
using NewsHub.Web.Stories;

namespace NewsHub.Web.Curation;

/// <summary>
/// An editor's corrections to one article: publish, hide or unpublish it; add or remove country and region
/// tags (kept as Origin=Editor rows and Suppressed rows, which re-tagging leaves alone); split it from its
/// story or merge its story into another. Each is audited and announced to every instance at once.
/// </summary>
public sealed class ArticleCuration(
    NewsHubDbContext db, StoryClusterer clusterer, AuditLogWriter audit, ContentChanges changes, TimeProvider clock)
{
    public async Task<string?> SetStatusAsync(long articleId, ArticleStatus status, string? reason, ClaimsPrincipal actor, CancellationToken ct)
    {
        if (!Enum.IsDefined(status)) return "Unknown status.";
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == articleId, ct);
        if (article is null) return $"Article {articleId} does not exist.";
        if (article.Status == status) return null;
        var previous = article.Status;
        article.Status = status;
        var removedSlots = 0;
        if (status != ArticleStatus.Published)
        {
            // A withdrawn article must not stay pinned anywhere, live or in the working copy.
            var slots = await db.FrontPageSlots.Where(s => s.ArticleId == articleId).ToListAsync(ct);
            db.FrontPageSlots.RemoveRange(slots);
            removedSlots = slots.Count;
        }
        audit.Record(actor, CurationAudit.ArticleStatusChanged, "article", articleId.ToString(), reason,
            new { from = previous.ToString(), to = status.ToString(), removedSlots });
        await db.SaveChangesAsync(ct);
        // The cluster's lead prefers a published article: choose it again now that this one changed.
        if (article.StoryClusterId is { } cluster) await StoryClusterStatistics.RefreshAsync(db, cluster, clock.GetUtcNow(), ct);
        await changes.PublishAsync(ct);
        return null;
    }

    public async Task<string?> AddCountryAsync(long articleId, string code, bool primary, ClaimsPrincipal actor, CancellationToken ct)
    {
        code = code.Trim().ToUpperInvariant();
        if (!await db.Articles.AnyAsync(a => a.Id == articleId, ct)) return $"Article {articleId} does not exist.";
        if (!await db.Countries.AnyAsync(c => c.Code == code, ct)) return $"“{code}” is not a known country code.";
        var rows = await db.ArticleCountries.Where(t => t.ArticleId == articleId).ToListAsync(ct);
        var row = rows.FirstOrDefault(t => t.CountryCode == code);
        if (row is null) db.ArticleCountries.Add(row = new ArticleCountry { ArticleId = articleId, CountryCode = code, Evidence = ["editor"] });
        row.Origin = TagOrigin.Editor;
        row.Suppressed = false;
        row.Score = Math.Max(row.Score, 1.0);
        if (primary)
            foreach (var other in rows.Where(t => t != row)) other.IsPrimary = false;
        // An article without a primary country gets this one as its primary.
        row.IsPrimary = primary || row.IsPrimary || !rows.Any(t => t != row && t.IsPrimary && !t.Suppressed);
        audit.Record(actor, CurationAudit.TagAdded, "article", articleId.ToString(), null, new { country = code, primary = row.IsPrimary });
        return await SaveAsync(ct);
    }

    public async Task<string?> RemoveCountryAsync(long articleId, string code, ClaimsPrincipal actor, CancellationToken ct)
    {
        var row = await db.ArticleCountries.FirstOrDefaultAsync(t => t.ArticleId == articleId && t.CountryCode == code, ct);
        if (row is null) return $"The article is not tagged with {code}.";
        // Kept, suppressed: the tagger would otherwise add it back on the next pass.
        row.Suppressed = true;
        row.IsPrimary = false;
        row.Origin = TagOrigin.Editor;
        audit.Record(actor, CurationAudit.TagRemoved, "article", articleId.ToString(), null, new { country = code });
        return await SaveAsync(ct);
    }

    public async Task<string?> AddRegionAsync(long articleId, string slug, ClaimsPrincipal actor, CancellationToken ct)
    {
        slug = slug.Trim().ToLowerInvariant();
        if (!await db.Articles.AnyAsync(a => a.Id == articleId, ct)) return $"Article {articleId} does not exist.";
        if (!await db.Regions.AnyAsync(r => r.Slug == slug, ct)) return $"“{slug}” is not a known region.";
        var row = await db.ArticleRegions.FirstOrDefaultAsync(t => t.ArticleId == articleId && t.RegionSlug == slug, ct);
        if (row is null) db.ArticleRegions.Add(row = new ArticleRegion { ArticleId = articleId, RegionSlug = slug });
        row.Origin = TagOrigin.Editor;
        row.Suppressed = false;
        row.Score = Math.Max(row.Score, 1.0);
        audit.Record(actor, CurationAudit.TagAdded, "article", articleId.ToString(), null, new { region = slug });
        return await SaveAsync(ct);
    }

    public async Task<string?> RemoveRegionAsync(long articleId, string slug, ClaimsPrincipal actor, CancellationToken ct)
    {
        var row = await db.ArticleRegions.FirstOrDefaultAsync(t => t.ArticleId == articleId && t.RegionSlug == slug, ct);
        if (row is null) return $"The article is not tagged with {slug}.";
        row.Suppressed = true;
        row.IsPrimary = false;
        row.Origin = TagOrigin.Editor;
        audit.Record(actor, CurationAudit.TagRemoved, "article", articleId.ToString(), null, new { region = slug });
        return await SaveAsync(ct);
    }

    /// <summary>Moves every article of the article's story into the story of <paramref name="targetArticleId"/>.</summary>
    public async Task<string?> MergeAsync(long articleId, long targetArticleId, ClaimsPrincipal actor, CancellationToken ct)
    {
        var source = await db.Articles.AsNoTracking().Where(a => a.Id == articleId).Select(a => a.StoryClusterId).FirstOrDefaultAsync(ct);
        if (source is not { } sourceCluster) return $"Article {articleId} is not in a story yet.";
        var target = await db.Articles.AsNoTracking().Where(a => a.Id == targetArticleId).Select(a => a.StoryClusterId).FirstOrDefaultAsync(ct);
        if (target is not { } targetClusterId) return $"Article {targetArticleId} does not exist or is not in a story yet.";
        if (sourceCluster == targetClusterId) return "Both articles are already in the same story.";
        await clusterer.MergeAsync(sourceCluster, targetClusterId, FrontPageComposer.ActorId(actor), ct);
        audit.Record(actor, CurationAudit.ClustersMerged, "story", targetClusterId.ToString(), null, new { from = sourceCluster, article = articleId });
        return await SaveAsync(ct);
    }

    /// <summary>Takes the article out of its story into a story of its own.</summary>
    public async Task<string?> SplitAsync(long articleId, ClaimsPrincipal actor, CancellationToken ct)
    {
        var from = await db.Articles.AsNoTracking().Where(a => a.Id == articleId).Select(a => new { a.StoryClusterId }).FirstOrDefaultAsync(ct);
        if (from is null) return $"Article {articleId} does not exist.";
        var created = await clusterer.SplitAsync(articleId, FrontPageComposer.ActorId(actor), ct);
        audit.Record(actor, CurationAudit.ArticleSplit, "article", articleId.ToString(), null, new { from = from.StoryClusterId, to = created });
        return await SaveAsync(ct);
    }

    private async Task<string?> SaveAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        await changes.PublishAsync(ct);
        return null;
    }
}
