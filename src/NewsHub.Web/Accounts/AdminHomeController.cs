using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Data;
using NewsHub.Web.Model;

namespace NewsHub.Web.Accounts;

/// <summary>/admin: the landing page linking every admin tool, with the numbers that need attention.</summary>
[Authorize(Policy = Policies.Admin)]
[Route("admin")]
public sealed class AdminHomeController(NewsHubDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var summary = new AdminSummary(
            await db.Comments.CountAsync(c => c.Status == CommentStatus.Pending, ct),
            await db.Comments.CountAsync(c => c.Status != CommentStatus.Deleted && c.Status != CommentStatus.Rejected && c.Reports.Any(r => r.ResolvedAt == null), ct),
            await db.Users.CountAsync(ct),
            await db.Users.CountAsync(u => u.IsBanned, ct),
            await db.ModerationWords.CountAsync(ct));
        return View(summary);
    }
}

public sealed record AdminSummary(int PendingComments, int ReportedComments, int Users, int BannedUsers, int Words);
