using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NewsHub.Web.Accounts;
using NewsHub.Web.Model;

namespace NewsHub.Web.Curation;

/// <summary>/editor/articles: find articles, then hide or unpublish them, correct their tags and their story.</summary>
[Authorize(Policy = Policies.Editor)]
[Route("editor/articles")]
public sealed class EditorArticlesController(ArticleFinder finder, ArticleDesk desk, ArticleCuration curation) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, ArticleStatus? status, int? source, int page = 1, CancellationToken ct = default)
    {
        EditorNotices.Show(this);
        return View(await finder.FindAsync(q, status, source, page, ct));
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Show(long id, CancellationToken ct)
    {
        EditorNotices.Show(this);
        var model = await desk.LoadAsync(id, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("{id:long}/status")]
    public async Task<IActionResult> Status(long id, ArticleStatus status, string? reason, CancellationToken ct) =>
        Done(id, await curation.SetStatusAsync(id, status, reason, User, ct), status switch
        {
            ArticleStatus.Hidden => "Hidden: readers no longer see the article.",
            ArticleStatus.Unpublished => "Unpublished: readers no longer see the article.",
            _ => "Published again.",
        });

    [HttpPost("{id:long}/countries/add")]
    public async Task<IActionResult> AddCountry(long id, string? code, bool primary, CancellationToken ct) =>
        Done(id, await curation.AddCountryAsync(id, code ?? "", primary, User, ct), "Country tag added.");

    [HttpPost("{id:long}/countries/remove")]
    public async Task<IActionResult> RemoveCountry(long id, string? code, CancellationToken ct) =>
        Done(id, await curation.RemoveCountryAsync(id, code ?? "", User, ct), "Country tag removed; re-tagging will not bring it back.");

    [HttpPost("{id:long}/regions/add")]
    public async Task<IActionResult> AddRegion(long id, string? slug, CancellationToken ct) =>
        Done(id, await curation.AddRegionAsync(id, slug ?? "", User, ct), "Region tag added.");

    [HttpPost("{id:long}/regions/remove")]
    public async Task<IActionResult> RemoveRegion(long id, string? slug, CancellationToken ct) =>
        Done(id, await curation.RemoveRegionAsync(id, slug ?? "", User, ct), "Region tag removed; re-tagging will not bring it back.");

    [HttpPost("{id:long}/split")]
    public async Task<IActionResult> Split(long id, CancellationToken ct) =>
        Done(id, await curation.SplitAsync(id, User, ct), "The article now has a story of its own.");

    [HttpPost("{id:long}/merge")]
    public async Task<IActionResult> Merge(long id, long? target, CancellationToken ct) =>
        Done(id, target is { } t ? await curation.MergeAsync(id, t, User, ct) : "Enter the number of an article in the other story.", "Stories merged.");

    private IActionResult Done(long id, string? error, string notice)
    {
        EditorNotices.Set(this, error, notice);
        return LocalRedirect($"/editor/articles/{id}");
    }
}
