using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace NewsHub.Web.Reading;

public sealed class HomeController(FrontPage frontPage) : Controller
{
    [HttpGet("/")]
    [OutputCache(PolicyName = ReadingServices.PublicPagePolicy)]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await frontPage.BuildAsync(includeDrafts: false, ct));
}
