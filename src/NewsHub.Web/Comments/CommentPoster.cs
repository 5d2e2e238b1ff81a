using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsHub.Web.Data;
using NewsHub.Web.Model;
using NewsHub.Web.Moderation;
using Npgsql;

namespace NewsHub.Web.Comments;

/// <summary>A reader's own actions on comments: post, reply, edit, delete and report.</summary>
public sealed class CommentPoster(
    NewsHubDbContext db, CommentRules rules, WordFilter words, PreModerationPolicy preModeration,
    CommentCounter counter, IOptions<CommentOptions> options, TimeProvider clock)
{
    public async Task<CommentOutcome> PostAsync(AppUser author, long articleId, long? parentId, string text, string? ipHash, CancellationToken ct = default)
    {
        text = (text ?? "").Trim();
        var article = await db.Articles.Include(a => a.Source)
            .FirstOrDefaultAsync(a => a.Id == articleId && a.Status == ArticleStatus.Published, ct);
        if (article is null) return CommentOutcome.Refused("That article does not exist or is no longer published.");
        var refusal = rules.CheckStanding(author) ?? rules.ClosedReason(article) ?? rules.CheckLength(text);
        if (refusal is not null) return CommentOutcome.Refused(refusal);

        Comment? parent = null;
        if (parentId is { } pid)
        {
            parent = await db.Comments.AsNoTracking().FirstOrDefaultAsync(c => c.Id == pid && c.ArticleId == articleId, ct);
            if (parent is null || parent.Status is CommentStatus.Deleted or CommentStatus.Rejected
                || (parent.Status == CommentStatus.Pending && parent.AuthorId != author.Id))
                return CommentOutcome.Refused("The comment you replied to is no longer available.");
        }

        refusal = await rules.CheckRateAsync(author.Id, ipHash, ct) ?? await rules.CheckDuplicateAsync(author.Id, text, ct);
        if (refusal is not null) return CommentOutcome.Refused(refusal);
        var found = await words.CheckAsync(text, ct);
        if (CommentRules.BannedWordMessage(found) is { } banned) return CommentOutcome.Refused(banned);

        var decision = await preModeration.DecideAsync(author, article, found, ct);
        var (attachTo, depth) = Placement(parent);
        var comment = new Comment
        {
            ArticleId = articleId,
            ParentId = attachTo,
            Depth = depth,
            AuthorId = author.Id,
            Body = text,
            BodyHtml = CommentMarkdown.ToHtml(text),
            Status = decision.Status,
            StatusReason = Truncate(decision.Reason),
            AuthorIpHash = ipHash,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Comments.Add(comment);
        await db.SaveChangesAsync(ct);
        await counter.RecountAsync(articleId, ct);
        return CommentOutcome.Done(decision.Status == CommentStatus.Pending
            ? "Thanks: your comment is awaiting moderation and will appear once a moderator approves it. " + decision.Reason
            : "Your comment is published.", comment.Id);
    }

    /// <summary>
    /// Replies nest under their parent until MaxDepth; a reply to a comment already at MaxDepth
    /// becomes its sibling (same parent, same depth), so deep conversations stay readable on a phone.
    /// </summary>
    private (long? ParentId, int Depth) Placement(Comment? parent)
    {
        if (parent is null) return (null, 0);
        var max = options.Value.MaxDepth;
        return parent.Depth >= max ? (parent.ParentId, parent.Depth) : (parent.Id, parent.Depth + 1);
    }

    public async Task<CommentOutcome> EditAsync(AppUser author, long commentId, string text, CancellationToken ct = default)
    {
        text = (text ?? "").Trim();
        var comment = await db.Comments.Include(c => c.Article).ThenInclude(a => a!.Source).FirstOrDefaultAsync(c => c.Id == commentId, ct);
        if (comment is null || comment.AuthorId != author.Id || comment.Status is CommentStatus.Deleted or CommentStatus.Rejected)
            return CommentOutcome.Refused("You can only edit your own comments.");
        if (!rules.WithinEditWindow(comment.CreatedAt))
            return CommentOutcome.Refused($"Comments can be edited for {rules.EditWindowText} after posting; this one can no longer be changed.");
        var refusal = rules.CheckStanding(author) ?? rules.ClosedReason(comment.Article!) ?? rules.CheckLength(text);
        if (refusal is not null) return CommentOutcome.Refused(refusal);
        var found = await words.CheckAsync(text, ct);
        if (CommentRules.BannedWordMessage(found) is { } banned) return CommentOutcome.Refused(banned);

        var wasApproved = comment.Status == CommentStatus.Approved;
        // An edit is judged like a new post, except that a moderator's earlier approval stands
        // unless the new text itself needs review.
        var decision = await preModeration.DecideAsync(author, comment.Article!, found, ct);
        if (wasApproved && comment.ModeratedAt is not null && found.SuspectWord is null) decision = new(CommentStatus.Approved, null);
        comment.Body = text;
        comment.BodyHtml = CommentMarkdown.ToHtml(text);
        comment.EditedAt = clock.GetUtcNow();
        comment.Status = decision.Status;
        comment.StatusReason = Truncate(decision.Reason);
        await db.SaveChangesAsync(ct);
        // Also when the approval stands: the text readers see changed.
        await counter.RecountAsync(comment.ArticleId, ct);
        return CommentOutcome.Done(decision.Status == CommentStatus.Pending
            ? "Your edit is saved and awaiting moderation. " + decision.Reason
            : "Your edit is saved.", comment.Id);
    }

    public async Task<CommentOutcome> DeleteAsync(AppUser author, long commentId, CancellationToken ct = default)
    {
        var comment = await db.Comments.FirstOrDefaultAsync(c => c.Id == commentId, ct);
        if (comment is null || comment.AuthorId != author.Id || comment.Status == CommentStatus.Deleted)
            return CommentOutcome.Refused("You can only delete your own comments.");
        comment.Status = CommentStatus.Deleted;
        comment.StatusReason = "Deleted by its author.";
        await db.SaveChangesAsync(ct);
        await counter.RecountAsync(comment.ArticleId, ct);
        return CommentOutcome.Done("Your comment is deleted.", comment.Id);
    }

    public async Task<CommentOutcome> ReportAsync(AppUser reporter, long commentId, string reason, CancellationToken ct = default)
    {
        reason = (reason ?? "").Trim();
        if (reason.Length == 0) return CommentOutcome.Refused("Please say why you are reporting this comment.");
        if (reason.Length > 500) reason = reason[..500];
        var comment = await db.Comments.FirstOrDefaultAsync(c => c.Id == commentId && c.Status == CommentStatus.Approved, ct);
        if (comment is null) return CommentOutcome.Refused("That comment is no longer in the thread.");
        if (comment.AuthorId == reporter.Id) return CommentOutcome.Refused("You cannot report your own comment; you can edit or delete it instead.");
        if (await db.CommentReports.AnyAsync(r => r.CommentId == commentId && r.ReporterId == reporter.Id, ct))
            return CommentOutcome.Refused("You have already reported this comment. Thank you: a moderator will look at it.");
        db.CommentReports.Add(new CommentReport { CommentId = commentId, ReporterId = reporter.Id, Reason = reason, CreatedAt = clock.GetUtcNow() });
        comment.ReportCount++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Two clicks raced; the first report counts.
            return CommentOutcome.Refused("You have already reported this comment. Thank you: a moderator will look at it.");
        }
        return CommentOutcome.Done("Thank you for the report: a moderator will look at this comment.", comment.Id);
    }

    private static string? Truncate(string? s) => s is { Length: > 500 } ? s[..497] + "…" : s;
}
