using NewsHub.Web.Model;

namespace NewsHub.Web.Moderation;

/// <summary>One comment in a moderation queue, with what a moderator needs to decide on it.</summary>
public sealed class ModerationEntry
{
    public long CommentId { get; init; }
    public long ArticleId { get; init; }
    public required string ArticleTitle { get; init; }
    public required string ArticleSlug { get; init; }
    public required string BodyHtml { get; init; }
    public CommentStatus Status { get; init; }
    public string? StatusReason { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? EditedAt { get; init; }
    public string? ParentAuthor { get; init; }
    public string? ParentBodyHtml { get; init; }
    public IReadOnlyList<ReportLine> Reports { get; init; } = [];
    public required AuthorHistory Author { get; init; }

    /// <summary>Why the entry is in the queue, in words.</summary>
    public string QueueReason => Reports.Count > 0
        ? $"Reported {Reports.Count} time{(Reports.Count == 1 ? "" : "s")}"
        : StatusReason ?? (Status == CommentStatus.Approved ? "Published at once (post-moderation)" : "No rule recorded");
}

public sealed record ReportLine(string Reason, DateTimeOffset At);

/// <summary>The comment author's record: how their comments fared and what moderators did before.</summary>
public sealed record AuthorHistory(
    string Id, string Name, string? Email, DateTimeOffset JoinedAt, int Approved, int Pending, int Rejected, int Deleted,
    bool IsBanned, DateTimeOffset? SuspendedUntil, bool PreModerate, IReadOnlyList<PastAction> PastActions);

public sealed record PastAction(string Action, DateTimeOffset At, string ActorName, string? Reason);
