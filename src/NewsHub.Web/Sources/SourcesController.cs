using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Accounts;
using NewsHub.Web.Curation;
using NewsHub.Web.Data;

namespace NewsHub.Web.Sources;

/// <summary>/editor/sources: the sources with their health; add, edit, test, enable, disable, run now; OPML in and out.</summary>
[Authorize(Policy = Policies.Editor)]
[Route("editor/sources")]
public sealed class SourcesController(
    SourceHealth health, SourceEditor editor, SourceTester tester, SourceRuns runs, OpmlImporter importer, NewsHubDbContext db, TimeProvider clock)
    : Controller
{
    public sealed record FormModel(
        SourceForm Form, int? Id, IReadOnlyDictionary<string, string> Errors, SourceTestReport? Test,
        IReadOnlyList<(string Code, string Name)> Countries, IReadOnlyList<(string Slug, string Name)> Regions);

    public sealed record RunsModel(SourceRuns.Page Page, bool Waiting, long? Since);

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        EditorNotices.Show(this);
        return View(await health.LoadAsync(ct));
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken ct) => await FormAsync(new SourceForm(), null, new Dictionary<string, string>(), null, ct);

    [HttpPost("new")]
    public async Task<IActionResult> Create(SourceForm form, CancellationToken ct)
    {
        var outcome = await editor.CreateAsync(form, User, ct);
        if (outcome.Errors.Count > 0) return await FormAsync(form, null, outcome.Errors, null, ct, StatusCodes.Status422UnprocessableEntity);
        EditorNotices.Set(this, null, $"“{outcome.Source!.Name}” added. Its first pass runs within a minute; use Run now to start it at once.");
        return LocalRedirect("/editor/sources");
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        EditorNotices.Show(this);
        var source = await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        return source is null ? NotFound() : await FormAsync(SourceForm.From(source), id, new Dictionary<string, string>(), null, ct);
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Update(int id, SourceForm form, CancellationToken ct)
    {
        var outcome = await editor.UpdateAsync(id, form, User, ct);
        if (outcome.Source is null) return NotFound();
        if (outcome.Errors.Count > 0) return await FormAsync(form, id, outcome.Errors, null, ct, StatusCodes.Status422UnprocessableEntity);
        EditorNotices.Set(this, null, $"“{outcome.Source.Name}” saved.");
        return LocalRedirect("/editor/sources");
    }

    /// <summary>The form's current values, tried without saving anything; the form comes back as typed, with the results.</summary>
    [HttpPost("test")]
    public async Task<IActionResult> Test(SourceForm form, int? id, CancellationToken ct)
    {
        var errors = await editor.ValidateAsync(form, id, ct);
        // A clash with an existing address does not stop a dry run.
        if (errors.TryGetValue(nameof(SourceForm.Url), out var urlError) && urlError.EndsWith("already uses this address.", StringComparison.Ordinal))
            errors.Remove(nameof(SourceForm.Url));
        if (errors.Count > 0) return await FormAsync(form, id, errors, null, ct, StatusCodes.Status422UnprocessableEntity);
        var report = await tester.TestAsync(form.ToSource("test", clock.GetUtcNow()), ct);
        return await FormAsync(form, id, errors, report, ct);
    }

    [HttpPost("{id:int}/enable")]
    public async Task<IActionResult> Enable(int id, CancellationToken ct) => Done(await editor.SetEnabledAsync(id, true, User, ct), "Source enabled.");

    [HttpPost("{id:int}/disable")]
    public async Task<IActionResult> Disable(int id, CancellationToken ct) => Done(await editor.SetEnabledAsync(id, false, User, ct), "Source disabled.");

    [HttpPost("{id:int}/run")]
    public async Task<IActionResult> Run(int id, CancellationToken ct)
    {
        var since = clock.GetUtcNow().ToUnixTimeSeconds();
        var error = await editor.RunNowAsync(id, User, ct);
        if (error is not null) return Done(error, "");
        EditorNotices.Set(this, null, "Pass requested. This page refreshes until it has finished.");
        return LocalRedirect($"/editor/sources/{id}/runs?since={since}");
    }

    [HttpGet("{id:int}/runs")]
    public async Task<IActionResult> Runs(int id, long? since, CancellationToken ct)
    {
        EditorNotices.Show(this);
        var now = clock.GetUtcNow();
        var page = await runs.LoadAsync(id, now, ct);
        if (page is null) return NotFound();
        // Watching a requested pass: keep refreshing until a pass that started after the request has finished (at most 5 minutes).
        var waiting = since is { } s && now.ToUnixTimeSeconds() - s < 300
            && (page.Running || !page.Runs.Any(r => r.StartedAt.ToUnixTimeSeconds() >= s && r.FinishedAt is not null));
        return View(new RunsModel(page, waiting, since));
    }

    [HttpGet("opml")]
    public async Task<IActionResult> Export(CancellationToken ct)
    {
        var sources = await db.Sources.AsNoTracking().OrderBy(s => s.Name).ToListAsync(ct);
        var xml = OpmlDocument.Write(sources, clock.GetUtcNow());
        return File(System.Text.Encoding.UTF8.GetBytes(xml), "text/x-opml; charset=utf-8", "newshub-sources.opml");
    }

    [HttpGet("import")]
    public IActionResult Import()
    {
        EditorNotices.Show(this);
        return View((OpmlImporter.Summary?)null);
    }

    [HttpPost("import")]
    [RequestSizeLimit(2 * 1024 * 1024)]
    public async Task<IActionResult> Import(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            ViewData["Error"] = "Choose an OPML file to import.";
            return View((OpmlImporter.Summary?)null);
        }
        try
        {
            await using var stream = file.OpenReadStream();
            return View(await importer.ImportAsync(stream, User, ct));
        }
        catch (FormatException e)
        {
            ViewData["Error"] = e.Message;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View((OpmlImporter.Summary?)null);
        }
    }

    private async Task<IActionResult> FormAsync(SourceForm form, int? id, IReadOnlyDictionary<string, string> errors, SourceTestReport? test,
        CancellationToken ct, int status = StatusCodes.Status200OK)
    {
        var countries = (await db.Countries.AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Code, c.Name }).ToListAsync(ct)).Select(c => (c.Code, c.Name)).ToList();
        var regions = (await db.Regions.AsNoTracking().OrderBy(r => r.SortOrder).Select(r => new { r.Slug, r.Name }).ToListAsync(ct)).Select(r => (r.Slug, r.Name)).ToList();
        Response.StatusCode = status;
        return View("Form", new FormModel(form, id, errors, test, countries, regions));
    }

    private IActionResult Done(string? error, string notice)
    {
        EditorNotices.Set(this, error, notice);
        return LocalRedirect("/editor/sources");
    }
}
