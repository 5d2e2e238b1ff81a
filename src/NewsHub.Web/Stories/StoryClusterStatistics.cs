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
    /// The same summary for several clusters that just gained members (<paramref name="joinedArticleIds"/>), in one
    /// statement; assignment never empties a cluster, so nothing is deleted here. Counts and dates are recounted over
    /// the members; the lead is chosen among the current lead and the articles that just joined (all members when the
    /// cluster has no lead yet), since joining cannot make an older member win. That spares reading the length of every
    /// member's body (decompressing it from TOAST) for each batch: a story that grew to hundreds of articles cost tens
    /// of milliseconds per batch, under the clustering lock.
    /// </summary>
    public static Task RefreshAsync(NewsHubDbContext db, long[] clusterIds, long[] joinedArticleIds, DateTimeOffset now, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"""
            WITH members AS (
                SELECT story_cluster_id AS cluster_id, id, source_id, published_at, status
                FROM articles WHERE story_cluster_id = ANY({clusterIds})),
            counts AS (
                SELECT cluster_id, count(*) AS articles, count(DISTINCT source_id) AS sources,
                       min(published_at) AS first_at, max(published_at) AS last_at
                FROM members GROUP BY cluster_id),
            contenders AS (
                SELECT m.cluster_id, m.id, m.published_at, m.status
                FROM members m JOIN story_clusters c ON c.id = m.cluster_id
                WHERE m.id = ANY({joinedArticleIds}) OR m.id = c.lead_article_id OR c.lead_article_id IS NULL),
            leads AS (
                SELECT DISTINCT ON (t.cluster_id) t.cluster_id, t.id
                FROM contenders t JOIN articles a ON a.id = t.id
                ORDER BY t.cluster_id, (t.status = 'Published') DESC, length(a.body_text) DESC, t.published_at, t.id)
            UPDATE story_clusters c SET
                article_count = counts.articles, source_count = counts.sources,
                first_published_at = counts.first_at, last_published_at = counts.last_at,
                lead_article_id = leads.id, updated_at = {now}
            FROM counts JOIN leads ON leads.cluster_id = counts.cluster_id
            WHERE c.id = counts.cluster_id
            """, ct);
}
