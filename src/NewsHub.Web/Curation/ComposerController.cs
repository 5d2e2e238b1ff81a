using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NewsHub.Web.Accounts;
using NewsHub.Web.Model;
using NewsHub.Web.Reading;

namespace NewsHub.Web.Curation;

/// <summary>/editor: the front-page composer, its preview and publishing.</summary>
[Authorize(Policy = Policies.Editor)]
[Route("editor")]
public sealed class ComposerController(FrontPageComposer composer, ArticleFinder finder, FrontPage frontPage) : Controller
{
    public sealed record ViewModel(ComposerPage Page, ArticleFinder.Result Found);

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, CancellationToken ct)
    {
        EditorNotices.Show(this);
        var found = await finder.FindAsync(q, ArticleStatus.Published, null, 1, ct);
        return View(new ViewModel(await composer.LoadAsync(ct), found with { Rows = found.Rows.Take(12).ToList() }));
    }

    /// <summary>The draft front page, rendered by the real home view.</summary>
    [HttpGet("preview")]
    public async Task<IActionResult> Preview(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        return View(await frontPage.BuildAsync(includeDrafts: true, ct));
    }

    [HttpPost("slots/add")]
    public async Task<IActionResult> Add(string section, long articleId, bool lead, string? q, CancellationToken ct) =>
        Done(await composer.AddAsync(section ?? "", articleId, lead, User, ct), lead ? "Lead story set in the draft." : "Added to the draft.", q);

    [HttpPost("slots/{id:long}/up")]
    public async Task<IActionResult> Up(long id, CancellationToken ct) => Done(await composer.MoveAsync(id, -1, User, ct), "Moved up.");

    [HttpPost("slots/{id:long}/down")]
    public async Task<IActionResult> Down(long id, CancellationToken ct) => Done(await composer.MoveAsync(id, 1, User, ct), "Moved down.");

    [HttpPost("slots/{id:long}/lead")]
    public async Task<IActionResult> Lead(long id, CancellationToken ct) => Done(await composer.MakeLeadAsync(id, User, ct), "Moved to the top.");

    [HttpPost("slots/{id:long}/edit")]
    public async Task<IActionResult> Edit(long id, string? headline, string? summary, string? expiresAt, CancellationToken ct)
    {
        if (!TryParseUtc(expiresAt, out var expires)) return Done("The expiry is not a date and time.", "");
        return Done(await composer.UpdateAsync(id, headline, summary, expires, User, ct), "Slot updated in the draft.");
    }

    [HttpPost("slots/{id:long}/remove")]
    public async Task<IActionResult> Remove(long id, CancellationToken ct) => Done(await composer.RemoveAsync(id, User, ct), "Removed from the draft.");

    [HttpPost("publish")]
    public async Task<IActionResult> Publish(CancellationToken ct)
    {
        await composer.PublishAsync(User, ct);
        return Done(null, "Published: the front page now shows the draft.");
    }

    [HttpPost("discard")]
    public async Task<IActionResult> Discard(CancellationToken ct)
    {
        await composer.DiscardAsync(User, ct);
        return Done(null, "Draft discarded: it is a copy of the live page again.");
    }

    /// <summary>The form's datetime-local value, read as UTC (the form says so).</summary>
    internal static bool TryParseUtc(string? value, out DateTimeOffset? result)
    {
        result = null;
        if (string.IsNullOrWhiteSpace(value)) return true;
        if (!DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed)) return false;
        result = new DateTimeOffset(DateTime.SpecifyKind(parsed, DateTimeKind.Utc));
        return true;
    }

    private IActionResult Done(string? error, string notice, string? q = null)
    {
        EditorNotices.Set(this, error, notice);
        return LocalRedirect(string.IsNullOrEmpty(q) ? "/editor" : "/editor?q=" + Uri.EscapeDataString(q));
    }
}
