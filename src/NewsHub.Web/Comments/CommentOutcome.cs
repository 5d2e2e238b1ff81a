namespace NewsHub.Web.Comments;

/// <summary>What became of a reader's post, edit, delete or report, with the message to show them.</summary>
public sealed record CommentOutcome(bool Succeeded, string Message, long? CommentId = null)
{
    public static CommentOutcome Refused(string message) => new(false, message);
    public static CommentOutcome Done(string message, long commentId) => new(true, message, commentId);
}
