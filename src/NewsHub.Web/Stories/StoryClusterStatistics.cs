using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Data;

namespace NewsHub.Web.Stories;

/// <summary>Keeps a cluster's summary columns true to its members, and removes clusters left empty.</summary>
internal static class StoryClusterStatistics
{
    /// <summary>
    /// Lead: a published article before a hidden one, then the longest body (the most complete telling), then the
    /// earliest, then the lowest id so the choice is stable.
    /// </summary>
    public static async Task RefreshAsync(NewsHubDbContext db, long clusterId, DateTimeOffset now, CancellationToken ct)
    {
        var updated = await db.Database.ExecuteSqlAsync($"""
            WITH members AS (
                SELECT id, source_id, published_at, length(body_text) AS body_length, status
                FROM articles WHERE story_cluster_id = {clusterId})
            UPDATE story_clusters SET
                article_count = (SELECT count(*) FROM members),
                source_count = (SELECT count(DISTINCT source_id) FROM members),
                first_published_at = (SELECT min(published_at) FROM members),
                last_published_at = (SELECT max(published_at) FROM members),
                lead_article_id = (SELECT id FROM members
                                   ORDER BY (status = 'Published') DESC, body_length DESC, published_at, id LIMIT 1),
                updated_at = {now}
            WHERE id = {clusterId} AND EXISTS (SELECT 1 FROM members)
            """, ct);
        if (updated == 0)
            await db.Database.ExecuteSqlAsync(
                $"DELETE FROM story_clusters WHERE id = {clusterId} AND NOT EXISTS (SELECT 1 FROM articles WHERE story_cluster_id = {clusterId})", ct);
    }
}
