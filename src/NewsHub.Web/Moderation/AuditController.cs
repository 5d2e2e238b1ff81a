using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Accounts;
using NewsHub.Web.Data;

namespace NewsHub.Web.Moderation;

/// <summary>/admin/audit: who did what, when and why, filtered by action and actor.</summary>
[Authorize(Policy = Policies.Admin)]
[Route("admin/audit")]
public sealed class AuditController(NewsHubDbContext db) : Controller
{
    public const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery(Name = "action")] string? actionName, string? actor, string? target, int page = 1, CancellationToken ct = default)
    {
        page = Math.Max(1, page);
        var query = db.AuditLog.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(actionName)) query = query.Where(e => e.Action == actionName);
        if (!string.IsNullOrWhiteSpace(actor))
        {
            var pattern = "%" + actor.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            query = query.Where(e => EF.Functions.ILike(e.ActorName, pattern));
        }
        if (!string.IsNullOrWhiteSpace(target)) query = query.Where(e => e.TargetId == target);
        var total = await query.CountAsync(ct);
        var entries = await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var actions = await db.AuditLog.Select(e => e.Action).Distinct().ToListAsync(ct);
        return View(new AuditPage(entries, actionName, actor, target, page, Math.Max(1, (total + PageSize - 1) / PageSize), total,
            actions.Union(AuditActions.All).OrderBy(a => a, StringComparer.Ordinal).ToList()));
    }
}

public sealed record AuditPage(IReadOnlyList<Model.AuditLogEntry> Entries, string? Action, string? Actor, string? Target, int Page, int PageCount, int Total, IReadOnlyList<string> KnownActions);
