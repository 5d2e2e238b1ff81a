using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using NewsHub.Web.Model;

namespace NewsHub.Web.Accounts;

/// <summary>/admin/users: find accounts, change their roles, suspend, ban, flag for pre-moderation.</summary>
[Authorize(Policy = Policies.Admin)]
[Route("admin/users")]
public sealed class UserAdminController(UserDirectory directory, UserManager<AppUser> users, AccountSanctions sanctions) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int page = 1, CancellationToken ct = default) =>
        View(await directory.SearchAsync(q, page, ct));

    [HttpGet("{id}")]
    public async Task<IActionResult> Show(string id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        ViewData["Notice"] = TempData["users.notice"];
        ViewData["Error"] = TempData["users.error"];
        return View(new UserDetail(user, await directory.RolesOfAsync(id, ct)));
    }

    [HttpPost("{id}/grant")]
    public Task<IActionResult> Grant(string id, string role, CancellationToken ct) =>
        Act(id, (u, ct2) => sanctions.GrantRoleAsync(u, role, User, ct2), $"Role {role} granted.", ct);

    [HttpPost("{id}/revoke")]
    public Task<IActionResult> Revoke(string id, string role, CancellationToken ct) =>
        Act(id, (u, ct2) => sanctions.RevokeRoleAsync(u, role, User, ct2), $"Role {role} revoked.", ct);

    [HttpPost("{id}/suspend")]
    public Task<IActionResult> Suspend(string id, DateTimeOffset? until, string? reason, bool rejectComments, CancellationToken ct) =>
        Act(id, (u, ct2) => until is null ? Task.FromResult<string?>("Choose the date the suspension ends.")
            : sanctions.SuspendAsync(u, until.Value, reason, rejectComments, User, ct2), "Account suspended.", ct);

    [HttpPost("{id}/unsuspend")]
    public Task<IActionResult> Unsuspend(string id, CancellationToken ct) =>
        Act(id, (u, ct2) => sanctions.LiftSuspensionAsync(u, User, ct2), "Suspension lifted.", ct);

    [HttpPost("{id}/ban")]
    public Task<IActionResult> Ban(string id, string? reason, bool rejectComments, CancellationToken ct) =>
        Act(id, (u, ct2) => sanctions.BanAsync(u, reason, rejectComments, User, ct2), "Account banned.", ct);

    [HttpPost("{id}/unban")]
    public Task<IActionResult> Unban(string id, CancellationToken ct) =>
        Act(id, (u, ct2) => sanctions.UnbanAsync(u, User, ct2), "Ban lifted.", ct);

    [HttpPost("{id}/premoderate")]
    public Task<IActionResult> PreModerate(string id, bool on, CancellationToken ct) =>
        Act(id, (u, ct2) => sanctions.SetPreModerationAsync(u, on, User, ct2), on ? "Comments from this account now wait for a moderator." : "Pre-moderation for this account is off.", ct);

    private async Task<IActionResult> Act(string id, Func<AppUser, CancellationToken, Task<string?>> action, string notice, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        var error = await action(user, ct);
        if (error is null) TempData["users.notice"] = notice;
        else TempData["users.error"] = error;
        return Redirect($"/admin/users/{Uri.EscapeDataString(id)}");
    }
}

public sealed record UserDetail(AppUser User, IReadOnlyList<string> Roles);
