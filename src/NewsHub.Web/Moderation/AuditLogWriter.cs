using System.Security.Claims;
using System.Text.Json;
using NewsHub.Web.Data;
using NewsHub.Web.Model;

namespace NewsHub.Web.Moderation;

/// <summary>
/// Adds audit entries to the caller's DbContext; the caller saves them together with the change
/// they describe, so an action and its record commit (or fail) as one.
/// </summary>
public sealed class AuditLogWriter(NewsHubDbContext db, TimeProvider clock)
{
    public AuditLogEntry Record(ClaimsPrincipal actor, string action, string targetType, string targetId, string? reason = null, object? details = null)
    {
        var entry = new AuditLogEntry
        {
            At = clock.GetUtcNow(),
            ActorId = actor.FindFirstValue(ClaimTypes.NameIdentifier),
            ActorName = actor.Identity?.Name ?? "system",
            Action = action,
            TargetType = targetType,
            TargetId = targetId,
            Reason = string.IsNullOrWhiteSpace(reason) ? null : Truncate(reason.Trim(), 1000),
            Details = details is null ? null : JsonSerializer.Serialize(details),
        };
        db.AuditLog.Add(entry);
        return entry;
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}

/// <summary>The action names the audit log uses; one place so filters and writers agree.</summary>
public static class AuditActions
{
    public const string CommentApproved = "comment.approve";
    public const string CommentRejected = "comment.reject";
    public const string CommentDeleted = "comment.delete";
    public const string UserSuspended = "user.suspend";
    public const string UserUnsuspended = "user.unsuspend";
    public const string UserBanned = "user.ban";
    public const string UserUnbanned = "user.unban";
    public const string UserPreModerated = "user.premoderate";
    public const string UserRoleGranted = "user.role.grant";
    public const string UserRoleRevoked = "user.role.revoke";
    public const string WordAdded = "word.add";
    public const string WordRemoved = "word.remove";

    public static readonly string[] All =
    [
        CommentApproved, CommentRejected, CommentDeleted, UserSuspended, UserUnsuspended, UserBanned, UserUnbanned,
        UserPreModerated, UserRoleGranted, UserRoleRevoked, WordAdded, WordRemoved,
    ];
}
