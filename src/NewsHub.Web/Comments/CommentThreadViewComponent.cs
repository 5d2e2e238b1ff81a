using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;
using NewsHub.Web.Model;

namespace NewsHub.Web.Comments;

/// <summary>
/// The comment thread for one article, embeddable in any page:
/// <c>@await Component.InvokeAsync("CommentThread", new { articleId = Model.Id, article = (Article?)null })</c>; a page that has
/// read the article already passes it (Id, Title, Slug, PublishedAt, CommentsClosed, CommentCount) and saves a query.
/// Sort order comes from the page's query string (?comments=newest).
/// </summary>
public sealed class CommentThreadViewComponent(CommentThreadLoader loader, IOptions<CookieTempDataProviderOptions> tempDataCookie)
    : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(long articleId, Article? article)
    {
        // UserManager only for a signed-in reader: building one (stores, metrics instruments) costs anonymous page views.
        var viewer = UserClaimsPrincipal.Identity?.IsAuthenticated == true
            ? await HttpContext.RequestServices.GetRequiredService<UserManager<AppUser>>().GetUserAsync(UserClaimsPrincipal) : null;
        var sort = Request.Query["comments"] == "newest" ? CommentSort.Newest : CommentSort.Oldest;
        var returnUrl = Request.Path + Request.QueryString;
        // Only a reader sent back from a refused comment carries the TempData cookie. Reading TempData without it would
        // still answer with a cookie-deleting Set-Cookie, and a response that sets a cookie is never output-cached.
        var form = Request.Cookies.ContainsKey(tempDataCookie.Value.Cookie.Name!)
            ? CommentFormTempData.Load(TempData) : CommentFormState.Empty;
        var model = article is not null
            ? await loader.LoadAsync(article, viewer, sort, returnUrl, Request.Path, form, HttpContext.RequestAborted)
            : await loader.LoadAsync(articleId, viewer, sort, returnUrl, Request.Path, form, HttpContext.RequestAborted);
        return model is null ? Content("") : View("/Comments/Views/Shared/CommentThread.cshtml", model);
    }
}
