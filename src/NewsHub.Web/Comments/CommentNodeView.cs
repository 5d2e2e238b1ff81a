namespace NewsHub.Web.Comments;

/// <summary>One comment and the thread it belongs to: what the recursive comment partial renders.</summary>
public sealed record CommentNodeView(CommentNode Node, CommentThreadModel Thread);
