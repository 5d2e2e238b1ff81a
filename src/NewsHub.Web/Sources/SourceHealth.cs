using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Data;
using NewsHub.Web.Model;

namespace NewsHub.Web.Sources;

/// <summary>The sources list: each source's health and the articles it brought in on each of the last days.</summary>
public sealed class SourceHealth(NewsHubDbContext db, TimeProvider clock)
{
    public const int Days = 14;

    public sealed record Row(Source Source, IReadOnlyList<int> PerDay, int ArticleCount)
    {
        /// <summary>ok, failing (errors in a row) or off.</summary>
        public string State => !Source.Enabled ? "off" : Source.ConsecutiveErrors > 0 ? "failing" : Source.LastSuccessAt is null ? "new" : "ok";
    }

    public sealed record Page(IReadOnlyList<Row> Rows, DateOnly FirstDay, DateTimeOffset Now);

    public async Task<Page> LoadAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var firstDay = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-(Days - 1));
        var since = new DateTimeOffset(firstDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var sources = await db.Sources.AsNoTracking().OrderBy(s => s.Name).ToListAsync(ct);
        // Articles as they arrived (fetched_at): what the source delivered each day, whatever dates the articles claim.
        var counts = await db.Database.SqlQuery<DayCount>($"""
            SELECT source_id AS "SourceId", (fetched_at AT TIME ZONE 'UTC')::date AS "Day", count(*)::int AS "Articles"
            FROM articles WHERE fetched_at >= {since}
            GROUP BY source_id, (fetched_at AT TIME ZONE 'UTC')::date
            """).ToListAsync(ct);
        var totals = await db.Articles.AsNoTracking().GroupBy(a => a.SourceId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var rows = sources.Select(s =>
        {
            var perDay = Enumerable.Range(0, Days).Select(i => counts.Where(c => c.SourceId == s.Id && c.Day == firstDay.AddDays(i)).Sum(c => c.Articles)).ToList();
            return new Row(s, perDay, totals.GetValueOrDefault(s.Id));
        }).ToList();
        return new Page(rows, firstDay, now);
    }

    private sealed record DayCount(int SourceId, DateOnly Day, int Articles);
}
