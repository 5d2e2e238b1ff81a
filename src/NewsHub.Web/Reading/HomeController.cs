using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace NewsHub.Web.Reading;

public sealed class HomeController(FrontPage frontPage, PageDataCache pageData) : Controller
{
    /// <remarks>The load is shared by the requests waiting for it, so it does not stop when one of them goes away.</remarks>
    [HttpGet("/")]
    [OutputCache(PolicyName = ReadingServices.PublicPagePolicy)]
    public async Task<IActionResult> Index() =>
        View(await pageData.GetAsync("home", () => frontPage.BuildAsync(includeDrafts: false, CancellationToken.None)));
}
