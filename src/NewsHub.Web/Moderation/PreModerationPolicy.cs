using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsHub.Web.Comments;
using NewsHub.Web.Data;
using NewsHub.Web.Model;

namespace NewsHub.Web.Moderation;

/// <summary>
/// Decides whether a new or edited comment appears at once (post-moderation, the default) or waits
/// for a moderator, and says why in words both the moderator and the author can read.
/// </summary>
public sealed class PreModerationPolicy(NewsHubDbContext db, IOptions<CommentOptions> options, TimeProvider clock)
{
    public async Task<ModerationDecision> DecideAsync(AppUser author, Article article, WordFilterResult words, CancellationToken ct)
    {
        var reasons = new List<string>();
        if (article.PreModerateComments) reasons.Add("Comments on this article are pre-moderated.");
        if (article.Source is { PreModerateComments: true } source) reasons.Add($"Comments on stories from {source.Name} are pre-moderated.");
        if (author.PreModerate) reasons.Add("This account's comments are pre-moderated.");
        var o = options.Value;
        if (o.PreModerateAccountsYoungerThan > TimeSpan.Zero && clock.GetUtcNow() - author.CreatedAt < o.PreModerateAccountsYoungerThan)
            reasons.Add($"New account: comments from accounts younger than {CommentRules.Describe(o.PreModerateAccountsYoungerThan)} are pre-moderated.");
        if (o.PreModerateFirstComments > 0)
        {
            var approved = await db.Comments.CountAsync(c => c.AuthorId == author.Id && c.Status == CommentStatus.Approved, ct);
            if (approved < o.PreModerateFirstComments)
                reasons.Add($"New account: the first {o.PreModerateFirstComments} comments are pre-moderated ({approved} approved so far).");
        }
        if (words.SuspectWord is { } suspect) reasons.Add($"Contains a word that needs a moderator's review: “{suspect}”.");
        return reasons.Count == 0
            ? new ModerationDecision(CommentStatus.Approved, null)
            : new ModerationDecision(CommentStatus.Pending, string.Join(" ", reasons));
    }
}

/// <summary>The status a comment gets on arrival and the reason (null for plain approval).</summary>
public sealed record ModerationDecision(CommentStatus Status, string? Reason);
