using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsHub.Web.Data;
using NewsHub.Web.Model;
using NewsHub.Web.Moderation;

namespace NewsHub.Web.Comments;

/// <summary>
/// The checks a comment must pass before it is stored. Each returns the reader-facing reason
/// for a refusal, or null when the comment may go on.
/// </summary>
public sealed class CommentRules(NewsHubDbContext db, IOptions<CommentOptions> options, TimeProvider clock)
{
    private CommentOptions Options => options.Value;

    public string? CheckStanding(AppUser user)
    {
        if (user.IsBanned) return "Your account has been banned, so you can no longer comment.";
        if (user.SuspendedUntil is { } until && until > clock.GetUtcNow())
            return $"Your account is suspended until {until.UtcDateTime:d MMM yyyy, HH:mm} UTC; you can comment again after that.";
        return null;
    }

    /// <summary>Null when the thread is open, otherwise why it is closed.</summary>
    public string? ClosedReason(Article article)
    {
        if (article.CommentsClosed) return "Comments on this article are closed.";
        if (Options.AutoCloseAfter > TimeSpan.Zero && article.PublishedAt + Options.AutoCloseAfter < clock.GetUtcNow())
            return $"Comments close {Describe(Options.AutoCloseAfter)} after an article is published; this thread is closed.";
        return null;
    }

    public string? CheckLength(string text)
    {
        var length = text.Trim().Length;
        if (length < Options.MinLength) return $"Your comment is too short: write at least {Options.MinLength} characters.";
        if (length > Options.MaxLength) return $"Your comment is too long: {length:N0} characters, the limit is {Options.MaxLength:N0}. Please shorten it.";
        return null;
    }

    public async Task<string?> CheckRateAsync(string userId, string? ipHash, CancellationToken ct)
    {
        var since = clock.GetUtcNow() - Options.RateWindow;
        var byUser = await db.Comments.CountAsync(c => c.AuthorId == userId && c.CreatedAt > since, ct);
        var byIp = ipHash is null ? 0 : await db.Comments.CountAsync(c => c.AuthorIpHash == ipHash && c.CreatedAt > since, ct);
        if (byUser < Options.RateLimit && byIp < Options.RateLimit) return null;
        var who = byUser >= Options.RateLimit ? "You have" : "Your network has";
        return $"{who} posted {Options.RateLimit} comments in the last {Describe(Options.RateWindow)}. Please wait a moment and post again; your text is kept below.";
    }

    public async Task<string?> CheckDuplicateAsync(string userId, string text, CancellationToken ct)
    {
        var since = clock.GetUtcNow() - Options.DuplicateWindow;
        var recent = await db.Comments.AsNoTracking()
            .Where(c => c.AuthorId == userId && c.CreatedAt > since && c.Status != CommentStatus.Deleted)
            .Select(c => c.Body).ToListAsync(ct);
        var normalised = TextNormalizer.ForDuplicateCheck(text);
        return recent.Any(b => TextNormalizer.ForDuplicateCheck(b) == normalised)
            ? "You have just posted the same comment. It is already in the thread (or awaiting moderation)."
            : null;
    }

    public static string? BannedWordMessage(WordFilterResult words) => words.BannedWord is { } w
        ? $"Your comment contains a word that is not allowed here: “{w}”. Please rephrase it; your text is kept below."
        : null;

    public bool WithinEditWindow(DateTimeOffset createdAt) => clock.GetUtcNow() - createdAt <= Options.EditWindow;

    public string EditWindowText => Describe(Options.EditWindow);

    internal static string Describe(TimeSpan span) => span switch
    {
        { TotalDays: >= 1 } when span.TotalDays == Math.Floor(span.TotalDays) => Plural((int)span.TotalDays, "day"),
        { TotalHours: >= 1 } when span.TotalHours == Math.Floor(span.TotalHours) => Plural((int)span.TotalHours, "hour"),
        { TotalMinutes: >= 1 } when span.TotalMinutes == Math.Floor(span.TotalMinutes) => Plural((int)span.TotalMinutes, "minute"),
        _ => Plural((int)Math.Ceiling(span.TotalSeconds), "second"),
    };

    private static string Plural(int n, string unit) => n == 1 ? $"1 {unit}" : $"{n} {unit}s";
}
