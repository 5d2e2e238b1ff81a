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

    /// <summary>
    /// The same summary for several clusters that just gained members, in one statement (assignment never empties a
    /// cluster, so nothing is deleted here).
    /// </summary>
    public static Task RefreshAsync(NewsHubDbContext db, long[] clusterIds, DateTimeOffset now, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"""
            WITH members AS (
                SELECT story_cluster_id AS cluster_id, id, source_id, published_at, length(body_text) AS body_length, status
                FROM articles WHERE story_cluster_id = ANY({clusterIds})),
            counts AS (
                SELECT cluster_id, count(*) AS articles, count(DISTINCT source_id) AS sources,
                       min(published_at) AS first_at, max(published_at) AS last_at
                FROM members GROUP BY cluster_id),
            leads AS (
                SELECT DISTINCT ON (cluster_id) cluster_id, id
                FROM members ORDER BY cluster_id, (status = 'Published') DESC, body_length DESC, published_at, id)
            UPDATE story_clusters c SET
                article_count = counts.articles, source_count = counts.sources,
                first_published_at = counts.first_at, last_published_at = counts.last_at,
                lead_article_id = leads.id, updated_at = {now}
            FROM counts JOIN leads ON leads.cluster_id = counts.cluster_id
            WHERE c.id = counts.cluster_id
            """, ct);
}
