using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Data;
using NewsHub.Web.Model;

namespace NewsHub.Web.Comments;

/// <summary>The standalone thread page and the readers' comment actions; every POST goes back where it came from.</summary>
public sealed class CommentsController(NewsHubDbContext db, CommentPoster poster, IpAddressHasher ipHasher, UserManager<AppUser> users) : Controller
{
    [HttpGet("/article/{id:long}/comments")]
    public async Task<IActionResult> Thread(long id, CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking()
            .Where(a => a.Id == id && a.Status == ArticleStatus.Published)
            .Select(a => new CommentPageModel(a.Id, a.Title, a.Slug, a.Source!.Name, a.PublishedAt))
            .FirstOrDefaultAsync(ct);
        return article is null ? NotFound() : View(article);
    }

    [Authorize, HttpPost("/comments/post")]
    public async Task<IActionResult> Post(long articleId, long? parentId, string? body, string? returnUrl, CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var outcome = await poster.PostAsync(user, articleId, parentId, body ?? "", ipHasher.Hash(HttpContext.Connection.RemoteIpAddress), ct);
        CommentFormTempData.Save(TempData, outcome, body, replyTo: parentId);
        return Back(returnUrl, articleId, outcome, parentId is null ? "comment-form" : $"reply-{parentId}");
    }

    [Authorize, HttpPost("/comments/{id:long}/edit")]
    public async Task<IActionResult> Edit(long id, string? body, string? returnUrl, CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var outcome = await poster.EditAsync(user, id, body ?? "", ct);
        CommentFormTempData.Save(TempData, outcome, body, editOf: id);
        return Back(returnUrl, await ArticleOf(id, ct), outcome, $"comment-{id}");
    }

    [Authorize, HttpPost("/comments/{id:long}/delete")]
    public async Task<IActionResult> Delete(long id, string? returnUrl, CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var outcome = await poster.DeleteAsync(user, id, ct);
        CommentFormTempData.Save(TempData, outcome, null);
        return Back(returnUrl, await ArticleOf(id, ct), outcome, $"comment-{id}");
    }

    [Authorize, HttpPost("/comments/{id:long}/report")]
    public async Task<IActionResult> Report(long id, string? reason, string? details, string? returnUrl, CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var text = string.IsNullOrWhiteSpace(details) ? reason : $"{reason}: {details.Trim()}";
        var outcome = await poster.ReportAsync(user, id, text ?? "", ct);
        CommentFormTempData.Save(TempData, outcome, details, reportOf: id);
        return Back(returnUrl, await ArticleOf(id, ct), outcome, $"comment-{id}");
    }

    private async Task<long> ArticleOf(long commentId, CancellationToken ct) =>
        await db.Comments.Where(c => c.Id == commentId).Select(c => c.ArticleId).FirstOrDefaultAsync(ct);

    private IActionResult Back(string? returnUrl, long articleId, CommentOutcome outcome, string anchor)
    {
        var target = !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : $"/article/{articleId}/comments";
        var fragment = outcome.Succeeded && outcome.CommentId is { } id ? $"comment-{id}" : anchor;
        if (target.Contains('#', StringComparison.Ordinal)) target = target[..target.IndexOf('#', StringComparison.Ordinal)];
        return LocalRedirect(target + "#" + fragment);
    }
}

public sealed record CommentPageModel(long Id, string Title, string Slug, string SourceName, DateTimeOffset PublishedAt);
