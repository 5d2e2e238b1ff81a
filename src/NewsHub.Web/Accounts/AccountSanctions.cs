using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Data;
using NewsHub.Web.Model;
using NewsHub.Web.Moderation;

namespace NewsHub.Web.Accounts;

/// <summary>
/// What an administrator does to an account: suspend, ban, lift either, flag for pre-moderation,
/// grant and revoke roles. Each action is audited; each method returns null or the reason it refused.
/// </summary>
public sealed class AccountSanctions(NewsHubDbContext db, UserManager<AppUser> users, AuditLogWriter audit, ModerationActions moderation, TimeProvider clock)
{
    public async Task<AppUser?> AuthorOfCommentAsync(long commentId, CancellationToken ct) =>
        await db.Comments.Where(c => c.Id == commentId).Select(c => c.Author).FirstOrDefaultAsync(ct);

    public async Task<string?> SuspendAsync(AppUser user, DateTimeOffset until, string? reason, bool rejectComments, ClaimsPrincipal actor, CancellationToken ct = default)
    {
        if (IsSelf(user, actor)) return "You cannot suspend your own account.";
        if (until <= clock.GetUtcNow()) return "The suspension must end in the future.";
        user.SuspendedUntil = until.ToUniversalTime();
        audit.Record(actor, AuditActions.UserSuspended, "user", user.Id, reason, new { until = user.SuspendedUntil, rejectComments });
        return await SaveAsync(user, rejectComments, reason, actor, ct);
    }

    public async Task<string?> BanAsync(AppUser user, string? reason, bool rejectComments, ClaimsPrincipal actor, CancellationToken ct = default)
    {
        if (IsSelf(user, actor)) return "You cannot ban your own account.";
        user.IsBanned = true;
        audit.Record(actor, AuditActions.UserBanned, "user", user.Id, reason, new { rejectComments });
        // A new security stamp invalidates the banned user's sign-in cookies at the next validation.
        await users.UpdateSecurityStampAsync(user);
        return await SaveAsync(user, rejectComments, reason, actor, ct);
    }

    public async Task<string?> LiftSuspensionAsync(AppUser user, ClaimsPrincipal actor, CancellationToken ct = default)
    {
        user.SuspendedUntil = null;
        audit.Record(actor, AuditActions.UserUnsuspended, "user", user.Id);
        return await SaveAsync(user, false, null, actor, ct);
    }

    public async Task<string?> UnbanAsync(AppUser user, ClaimsPrincipal actor, CancellationToken ct = default)
    {
        user.IsBanned = false;
        audit.Record(actor, AuditActions.UserUnbanned, "user", user.Id);
        return await SaveAsync(user, false, null, actor, ct);
    }

    public async Task<string?> SetPreModerationAsync(AppUser user, bool on, ClaimsPrincipal actor, CancellationToken ct = default)
    {
        user.PreModerate = on;
        audit.Record(actor, AuditActions.UserPreModerated, "user", user.Id, null, new { on });
        return await SaveAsync(user, false, null, actor, ct);
    }

    public async Task<string?> GrantRoleAsync(AppUser user, string role, ClaimsPrincipal actor, CancellationToken ct = default)
    {
        if (!Roles.All.Contains(role)) return $"Unknown role “{role}”.";
        if (await users.IsInRoleAsync(user, role)) return null;
        var result = await users.AddToRoleAsync(user, role);
        if (!result.Succeeded) return string.Join(" ", result.Errors.Select(e => e.Description));
        audit.Record(actor, AuditActions.UserRoleGranted, "user", user.Id, null, new { role });
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task<string?> RevokeRoleAsync(AppUser user, string role, ClaimsPrincipal actor, CancellationToken ct = default)
    {
        if (!Roles.All.Contains(role)) return $"Unknown role “{role}”.";
        if (role == Roles.Admin && IsSelf(user, actor)) return "You cannot remove your own administrator role.";
        if (!await users.IsInRoleAsync(user, role)) return null;
        var result = await users.RemoveFromRoleAsync(user, role);
        if (!result.Succeeded) return string.Join(" ", result.Errors.Select(e => e.Description));
        audit.Record(actor, AuditActions.UserRoleRevoked, "user", user.Id, null, new { role });
        await db.SaveChangesAsync(ct);
        return null;
    }

    private async Task<string?> SaveAsync(AppUser user, bool rejectComments, string? reason, ClaimsPrincipal actor, CancellationToken ct)
    {
        // UserManager and this service share the scoped DbContext: one save stores the user and the audit entry.
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded) return string.Join(" ", result.Errors.Select(e => e.Description));
        if (rejectComments) await moderation.RejectAllByAuthorAsync(user.Id, reason, actor, ct);
        return null;
    }

    private static bool IsSelf(AppUser user, ClaimsPrincipal actor) => actor.FindFirstValue(ClaimTypes.NameIdentifier) == user.Id;
}
