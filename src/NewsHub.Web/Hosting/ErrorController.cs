using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace NewsHub.Web.Hosting;

/// <summary>Friendly error pages in the site's style; no stack trace outside Development.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController(ILogger<ErrorController> logger) : Controller
{
    [Route("/error/{code:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Show(int code)
    {
        if (code >= 500 && HttpContext.Features.Get<IExceptionHandlerPathFeature>() is { } failure)
            logger.LogError(failure.Error, "Unhandled exception on {Path}", failure.Path);
        Response.StatusCode = code is >= 400 and < 600 ? code : 500;
        return View("Error", new ErrorViewModel(Response.StatusCode, HttpContext.TraceIdentifier));
    }
}

public sealed record ErrorViewModel(int StatusCode, string RequestId)
{
    public string Heading => StatusCode switch
    {
        404 => "We couldn't find that page",
        403 => "You don't have access to this page",
        400 => "That request didn't look right",
        429 => "Too many requests",
        >= 500 => "Something went wrong on our side",
        _ => "That didn't work",
    };

    public string Explanation => StatusCode switch
    {
        404 => "The story may have been moved or unpublished, or the address has a typo.",
        403 => "Your account doesn't have the role this page needs.",
        429 => "Please wait a moment and try again.",
        >= 500 => "The error has been logged. Please try again in a moment.",
        _ => "Please check the address or go back to the front page.",
    };
}
