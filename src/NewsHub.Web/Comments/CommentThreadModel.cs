namespace NewsHub.Web.Comments;

public enum CommentSort { Oldest, Newest }

/// <summary>Everything the thread view needs: the tree, the reader, the form state after a refusal.</summary>
public sealed class CommentThreadModel
{
    public long ArticleId { get; init; }
    public required string ArticleTitle { get; init; }
    public required string ArticlePath { get; init; }
    public int ApprovedCount { get; init; }
    public required IReadOnlyList<CommentNode> Roots { get; init; }
    public CommentSort Sort { get; init; }
    /// <summary>Null while the thread is open.</summary>
    public string? ClosedReason { get; init; }
    public bool SignedIn { get; init; }
    /// <summary>Why this reader may not comment (banned, suspended), or null.</summary>
    public string? StandingProblem { get; init; }
    public int MaxLength { get; init; }
    public required string ReturnUrl { get; init; }
    public required string SortBaseUrl { get; init; }
    public CommentFormState Form { get; init; } = CommentFormState.Empty;

    public bool CanPost => SignedIn && ClosedReason is null && StandingProblem is null;
}

/// <summary>The message and the reader's text carried across the redirect after a POST.</summary>
public sealed record CommentFormState(string? Error, string? Notice, string? Draft, long? ReplyTo, long? EditOf, long? ReportOf)
{
    public static readonly CommentFormState Empty = new(null, null, null, null, null, null);
}
