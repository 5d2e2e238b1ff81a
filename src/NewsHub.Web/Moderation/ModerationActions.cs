using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Comments;
using NewsHub.Web.Data;
using NewsHub.Web.Model;

namespace NewsHub.Web.Moderation;

/// <summary>A moderator's decisions on comments; each one is written to the audit log with the change.</summary>
public sealed class ModerationActions(NewsHubDbContext db, AuditLogWriter audit, CommentCounter counter, TimeProvider clock)
{
    public Task<string?> ApproveAsync(long commentId, ClaimsPrincipal actor, CancellationToken ct = default) =>
        DecideAsync(commentId, actor, CommentStatus.Approved, AuditActions.CommentApproved, null, ct);

    public Task<string?> RejectAsync(long commentId, string? reason, ClaimsPrincipal actor, CancellationToken ct = default) =>
        DecideAsync(commentId, actor, CommentStatus.Rejected, AuditActions.CommentRejected, reason, ct);

    public Task<string?> DeleteAsync(long commentId, string? reason, ClaimsPrincipal actor, CancellationToken ct = default) =>
        DecideAsync(commentId, actor, CommentStatus.Deleted, AuditActions.CommentDeleted, reason, ct);

    /// <summary>Null on success, otherwise what went wrong (for the moderator).</summary>
    private async Task<string?> DecideAsync(long commentId, ClaimsPrincipal actor, CommentStatus status, string action, string? reason, CancellationToken ct)
    {
        var comment = await db.Comments.Include(c => c.Reports).FirstOrDefaultAsync(c => c.Id == commentId, ct);
        if (comment is null) return $"Comment {commentId} does not exist.";
        var now = clock.GetUtcNow();
        var before = comment.Status;
        comment.Status = status;
        comment.StatusReason = status switch
        {
            CommentStatus.Approved => comment.StatusReason is null ? null : Truncate("Approved by a moderator (was: " + comment.StatusReason + ")"),
            CommentStatus.Rejected => Truncate("Rejected by a moderator" + (string.IsNullOrWhiteSpace(reason) ? "." : ": " + reason.Trim())),
            _ => Truncate("Deleted by a moderator" + (string.IsNullOrWhiteSpace(reason) ? "." : ": " + reason.Trim())),
        };
        comment.ModeratedAt = now;
        comment.ModeratedById = actor.FindFirstValue(ClaimTypes.NameIdentifier);
        foreach (var report in comment.Reports.Where(r => r.ResolvedAt is null)) report.ResolvedAt = now;
        audit.Record(actor, action, "comment", comment.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), reason,
            new { authorId = comment.AuthorId, articleId = comment.ArticleId, from = before.ToString(), to = status.ToString() });
        await db.SaveChangesAsync(ct);
        await counter.RecountAsync(comment.ArticleId, ct);
        return null;
    }

    /// <summary>Rejects every visible or pending comment by one author (used with a ban or suspension). Returns how many.</summary>
    public async Task<int> RejectAllByAuthorAsync(string authorId, string? reason, ClaimsPrincipal actor, CancellationToken ct = default)
    {
        var comments = await db.Comments.Include(c => c.Reports)
            .Where(c => c.AuthorId == authorId && (c.Status == CommentStatus.Approved || c.Status == CommentStatus.Pending))
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        var moderatorId = actor.FindFirstValue(ClaimTypes.NameIdentifier);
        foreach (var c in comments)
        {
            c.Status = CommentStatus.Rejected;
            c.StatusReason = Truncate("Rejected with all of the author's comments" + (string.IsNullOrWhiteSpace(reason) ? "." : ": " + reason.Trim()));
            c.ModeratedAt = now;
            c.ModeratedById = moderatorId;
            foreach (var r in c.Reports.Where(r => r.ResolvedAt is null)) r.ResolvedAt = now;
        }
        audit.Record(actor, AuditActions.CommentRejected, "user", authorId, reason, new { rejectedComments = comments.Count });
        await db.SaveChangesAsync(ct);
        await counter.RecountAsync(comments.Select(c => c.ArticleId), ct);
        return comments.Count;
    }

    private static string Truncate(string s) => s.Length <= 500 ? s : s[..497] + "…";
}
