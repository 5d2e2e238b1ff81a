using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Data;
using NewsHub.Web.Model;
using NewsHub.Web.Reading;

namespace NewsHub.Web.Comments;

/// <summary>
/// Keeps Article.CommentCount equal to the number of approved comments, and tells the reader pages that those
/// articles' threads changed (cached article pages go, on every instance). Every change to what readers see of a
/// thread passes through here.
/// </summary>
public sealed class CommentCounter(NewsHubDbContext db, ContentChanges changes)
{
    public async Task RecountAsync(IEnumerable<long> articleIds, CancellationToken ct = default)
    {
        var ids = articleIds.Distinct().ToList();
        if (ids.Count == 0) return;
        await db.Articles.Where(a => ids.Contains(a.Id)).ExecuteUpdateAsync(s => s.SetProperty(
            a => a.CommentCount,
            a => db.Comments.Count(c => c.ArticleId == a.Id && c.Status == CommentStatus.Approved)), ct);
        foreach (var id in ids) await changes.PublishArticleAsync(id, ct);
    }

    public Task RecountAsync(long articleId, CancellationToken ct = default) => RecountAsync([articleId], ct);
}
