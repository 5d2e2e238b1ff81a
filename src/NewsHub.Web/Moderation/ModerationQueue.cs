using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Data;
using NewsHub.Web.Model;

namespace NewsHub.Web.Moderation;

/// <summary>Reads the moderation queues, one page at a time, with thread context and author history.</summary>
public sealed class ModerationQueue(NewsHubDbContext db, TimeProvider clock)
{
    public const int PageSize = 20;
    /// <summary>How far back the "recently approved" queue reaches.</summary>
    public static readonly TimeSpan RecentWindow = TimeSpan.FromDays(7);

    public async Task<ModerationQueuePage> LoadAsync(ModerationQueueKind kind, int page, CancellationToken ct = default)
    {
        page = Math.Max(1, page);
        var query = Filter(kind);
        var total = await query.CountAsync(ct);
        var ordered = kind switch
        {
            ModerationQueueKind.Pending => query.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id),
            ModerationQueueKind.Reported => query.OrderByDescending(c => c.ReportCount).ThenBy(c => c.CreatedAt),
            _ => query.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id),
        };
        var rows = await ordered.Skip((page - 1) * PageSize).Take(PageSize)
            .Select(c => new
            {
                c.Id, c.ArticleId, ArticleTitle = c.Article!.Title, ArticleSlug = c.Article.Slug, c.BodyHtml, c.Status, c.StatusReason,
                c.CreatedAt, c.EditedAt, c.AuthorId,
                ParentAuthor = c.Parent == null ? null : c.Parent.Author!.DisplayName ?? c.Parent.Author.UserName,
                ParentBodyHtml = c.Parent == null ? null : c.Parent.BodyHtml,
                Reports = c.Reports.Where(r => r.ResolvedAt == null).OrderBy(r => r.CreatedAt).Select(r => new ReportLine(r.Reason, r.CreatedAt)).ToList(),
            })
            .ToListAsync(ct);
        var authors = await HistoriesAsync(rows.Select(r => r.AuthorId).Distinct().ToList(), ct);
        var entries = rows.Select(r => new ModerationEntry
        {
            CommentId = r.Id, ArticleId = r.ArticleId, ArticleTitle = r.ArticleTitle, ArticleSlug = r.ArticleSlug, BodyHtml = r.BodyHtml,
            Status = r.Status, StatusReason = r.StatusReason, CreatedAt = r.CreatedAt, EditedAt = r.EditedAt,
            ParentAuthor = r.ParentAuthor, ParentBodyHtml = r.ParentBodyHtml, Reports = r.Reports, Author = authors[r.AuthorId],
        }).ToList();
        return new ModerationQueuePage(kind, entries, page, total, await CountsAsync(ct));
    }

    private IQueryable<Comment> Filter(ModerationQueueKind kind)
    {
        var since = clock.GetUtcNow() - RecentWindow;
        return kind switch
        {
            ModerationQueueKind.Pending => db.Comments.Where(c => c.Status == CommentStatus.Pending),
            ModerationQueueKind.Reported => db.Comments.Where(c => c.Status != CommentStatus.Deleted && c.Status != CommentStatus.Rejected
                && c.Reports.Any(r => r.ResolvedAt == null)),
            _ => db.Comments.Where(c => c.Status == CommentStatus.Approved && c.CreatedAt > since),
        };
    }

    private async Task<Dictionary<ModerationQueueKind, int>> CountsAsync(CancellationToken ct)
    {
        var counts = new Dictionary<ModerationQueueKind, int>();
        foreach (var kind in Enum.GetValues<ModerationQueueKind>()) counts[kind] = await Filter(kind).CountAsync(ct);
        return counts;
    }

    private async Task<Dictionary<string, AuthorHistory>> HistoriesAsync(List<string> authorIds, CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking().Where(u => authorIds.Contains(u.Id)).ToListAsync(ct);
        var counts = await db.Comments.Where(c => authorIds.Contains(c.AuthorId))
            .GroupBy(c => new { c.AuthorId, c.Status }).Select(g => new { g.Key.AuthorId, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        var actions = await db.AuditLog.AsNoTracking().Where(a => a.TargetType == "user" && authorIds.Contains(a.TargetId))
            .OrderByDescending(a => a.At).Take(200).ToListAsync(ct);
        int Count(string id, CommentStatus s) => counts.Where(c => c.AuthorId == id && c.Status == s).Sum(c => c.Count);
        return users.ToDictionary(u => u.Id, u => new AuthorHistory(
            u.Id, u.DisplayName ?? u.UserName ?? "reader", u.Email, u.CreatedAt,
            Count(u.Id, CommentStatus.Approved), Count(u.Id, CommentStatus.Pending), Count(u.Id, CommentStatus.Rejected), Count(u.Id, CommentStatus.Deleted),
            u.IsBanned, u.SuspendedUntil, u.PreModerate,
            actions.Where(a => a.TargetId == u.Id).Take(5).Select(a => new PastAction(a.Action, a.At, a.ActorName, a.Reason)).ToList()));
    }
}

public sealed record ModerationQueuePage(ModerationQueueKind Kind, IReadOnlyList<ModerationEntry> Entries, int Page, int Total, IReadOnlyDictionary<ModerationQueueKind, int> Counts)
{
    public int PageCount => Math.Max(1, (Total + ModerationQueue.PageSize - 1) / ModerationQueue.PageSize);
}
