using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using NewsHub.Web.Model;

namespace NewsHub.Web.Comments;

/// <summary>
/// The comment thread for one article, embeddable in any page:
/// <c>@await Component.InvokeAsync("CommentThread", new { articleId = Model.Id })</c>.
/// Sort order comes from the page's query string (?comments=newest).
/// </summary>
public sealed class CommentThreadViewComponent(CommentThreadLoader loader, UserManager<AppUser> users) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(long articleId)
    {
        var viewer = UserClaimsPrincipal.Identity?.IsAuthenticated == true ? await users.GetUserAsync(UserClaimsPrincipal) : null;
        var sort = Request.Query["comments"] == "newest" ? CommentSort.Newest : CommentSort.Oldest;
        var returnUrl = Request.Path + Request.QueryString;
        var model = await loader.LoadAsync(articleId, viewer, sort, returnUrl, Request.Path, CommentFormTempData.Load(TempData), HttpContext.RequestAborted);
        return model is null ? Content("") : View("/Comments/Views/Shared/CommentThread.cshtml", model);
    }
}
