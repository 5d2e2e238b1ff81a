using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Data;
using NewsHub.Web.Model;

namespace NewsHub.Web.Curation;

/// <summary>
/// The editors' article list: newest first, filtered by words in the headline (ILIKE, served by the title
/// trigram index), status and source. Unlike reader search it shows hidden and unpublished articles too.
/// </summary>
public sealed class ArticleFinder(NewsHubDbContext db)
{
    public const int PageSize = 30;

    public sealed record Row(long Id, string Title, string Slug, string SourceName, DateTimeOffset PublishedAt, ArticleStatus Status,
        long? ClusterId, int ClusterSize);

    public sealed record Result(IReadOnlyList<Row> Rows, int Page, bool HasMore, string? Query, ArticleStatus? Status, int? SourceId,
        IReadOnlyList<(int Id, string Name)> Sources);

    public async Task<Result> FindAsync(string? query, ArticleStatus? status, int? sourceId, int page, CancellationToken ct)
    {
        page = Math.Clamp(page, 1, 1000);
        query = string.IsNullOrWhiteSpace(query) ? null : query.Trim();
        var articles = db.Articles.AsNoTracking();
        if (query is not null)
        {
            if (long.TryParse(query, out var id)) articles = articles.Where(a => a.Id == id);
            else
                foreach (var word in query.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(8))
                {
                    var pattern = "%" + Escape(word) + "%";
                    articles = articles.Where(a => EF.Functions.ILike(a.Title, pattern, "\\"));
                }
        }
        if (status is { } s) articles = articles.Where(a => a.Status == s);
        if (sourceId is { } src) articles = articles.Where(a => a.SourceId == src);
        var rows = await articles.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize + 1)
            .Select(a => new Row(a.Id, a.Title, a.Slug, a.Source!.Name, a.PublishedAt, a.Status, a.StoryClusterId,
                a.StoryCluster != null ? a.StoryCluster.ArticleCount : 1))
            .ToListAsync(ct);
        var sources = (await db.Sources.AsNoTracking().OrderBy(x => x.Name).Select(x => new { x.Id, x.Name }).ToListAsync(ct))
            .Select(x => (x.Id, x.Name)).ToList();
        return new Result(rows.Take(PageSize).ToList(), page, rows.Count > PageSize, query, status, sourceId, sources);
    }

    private static string Escape(string s) => s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
