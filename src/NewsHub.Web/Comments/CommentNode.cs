namespace NewsHub.Web.Comments;

/// <summary>One comment as a given reader sees it, with its visible replies.</summary>
public sealed class CommentNode
{
    public long Id { get; init; }
    public required string AuthorName { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? EditedAt { get; init; }
    /// <summary>Null for a placeholder ("comment deleted") kept because replies hang from it.</summary>
    public string? BodyHtml { get; init; }
    public string? Body { get; init; }
    public string? Placeholder { get; init; }
    public bool IsOwn { get; init; }
    public bool CanEdit { get; init; }
    public bool IsPending { get; init; }
    public bool IsRejected { get; init; }
    public string? StatusReason { get; init; }
    public int Depth { get; init; }
    public List<CommentNode> Replies { get; } = [];
}
