namespace NewsHub.Web.Model;

public enum CommentStatus { Approved = 0, Pending = 1, Rejected = 2, Deleted = 3 }

/// <summary>A reader's comment; threaded by ParentId.</summary>
public class Comment
{
    public long Id { get; set; }
    public long ArticleId { get; set; }
    public Article? Article { get; set; }
    public long? ParentId { get; set; }
    public Comment? Parent { get; set; }
    public int Depth { get; set; }
    public required string AuthorId { get; set; }
    public AppUser? Author { get; set; }
    /// <summary>What the reader typed (Markdown subset).</summary>
    public required string Body { get; set; }
    /// <summary>Rendered, sanitized HTML; the only field views render as HTML.</summary>
    public required string BodyHtml { get; set; }
    public CommentStatus Status { get; set; }
    /// <summary>Why the comment is in the state it is in (rule, banned word, moderator's reason).</summary>
    public string? StatusReason { get; set; }
    public string? AuthorIpHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? EditedAt { get; set; }
    public DateTimeOffset? ModeratedAt { get; set; }
    public string? ModeratedById { get; set; }
    public int ReportCount { get; set; }
    public List<CommentReport> Reports { get; set; } = [];
}

public class CommentReport
{
    public long Id { get; set; }
    public long CommentId { get; set; }
    public Comment? Comment { get; set; }
    public required string ReporterId { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
}

public enum WordListKind { Banned = 0, Suspect = 1 }

/// <summary>Moderation word list entry; matched case- and diacritic-insensitively.</summary>
public class ModerationWord
{
    public int Id { get; set; }
    public required string Word { get; set; }
    public WordListKind Kind { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
