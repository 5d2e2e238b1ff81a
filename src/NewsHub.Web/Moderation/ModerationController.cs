using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NewsHub.Web.Accounts;

namespace NewsHub.Web.Moderation;

/// <summary>/admin/moderation: the queues and the decisions taken from them.</summary>
[Authorize(Policy = Policies.Admin)]
[Route("admin/moderation")]
public sealed class ModerationController(ModerationQueue queues, ModerationActions actions, AccountSanctions sanctions) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(ModerationQueueKind queue = ModerationQueueKind.Pending, int page = 1, CancellationToken ct = default)
    {
        ViewData["Notice"] = TempData["moderation.notice"];
        ViewData["Error"] = TempData["moderation.error"];
        return View(await queues.LoadAsync(queue, page, ct));
    }

    [HttpPost("{id:long}/approve")]
    public async Task<IActionResult> Approve(long id, string? returnUrl, CancellationToken ct) =>
        Done(await actions.ApproveAsync(id, User, ct), $"Comment {id} approved.", returnUrl);

    [HttpPost("{id:long}/reject")]
    public async Task<IActionResult> Reject(long id, string? reason, string? returnUrl, CancellationToken ct) =>
        Done(await actions.RejectAsync(id, reason, User, ct), $"Comment {id} rejected.", returnUrl);

    [HttpPost("{id:long}/delete")]
    public async Task<IActionResult> Delete(long id, string? reason, string? returnUrl, CancellationToken ct) =>
        Done(await actions.DeleteAsync(id, reason, User, ct), $"Comment {id} deleted.", returnUrl);

    [HttpPost("{id:long}/suspend-author")]
    public async Task<IActionResult> SuspendAuthor(long id, DateTimeOffset? until, string? reason, bool rejectComments, string? returnUrl, CancellationToken ct)
    {
        var author = await sanctions.AuthorOfCommentAsync(id, ct);
        if (author is null) return Done($"Comment {id} does not exist.", "", returnUrl);
        if (until is null) return Done("Choose the date the suspension ends.", "", returnUrl);
        return Done(await sanctions.SuspendAsync(author, until.Value, reason, rejectComments, User, ct), "The author is suspended.", returnUrl);
    }

    [HttpPost("{id:long}/ban-author")]
    public async Task<IActionResult> BanAuthor(long id, string? reason, bool rejectComments, string? returnUrl, CancellationToken ct)
    {
        var author = await sanctions.AuthorOfCommentAsync(id, ct);
        if (author is null) return Done($"Comment {id} does not exist.", "", returnUrl);
        return Done(await sanctions.BanAsync(author, reason, rejectComments, User, ct), "The author is banned.", returnUrl);
    }

    private IActionResult Done(string? error, string notice, string? returnUrl)
    {
        if (error is null) TempData["moderation.notice"] = notice;
        else TempData["moderation.error"] = error;
        return LocalRedirect(!string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/admin/moderation");
    }
}
