using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Data;
using NewsHub.Web.Model;

namespace NewsHub.Web.Comments;

/// <summary>Keeps Article.CommentCount equal to the number of approved comments.</summary>
public sealed class CommentCounter(NewsHubDbContext db)
{
    public async Task RecountAsync(IEnumerable<long> articleIds, CancellationToken ct = default)
    {
        var ids = articleIds.Distinct().ToList();
        if (ids.Count == 0) return;
        await db.Articles.Where(a => ids.Contains(a.Id)).ExecuteUpdateAsync(s => s.SetProperty(
            a => a.CommentCount,
            a => db.Comments.Count(c => c.ArticleId == a.Id && c.Status == CommentStatus.Approved)), ct);
    }

    public Task RecountAsync(long articleId, CancellationToken ct = default) => RecountAsync([articleId], ct);
}
