using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Data;

namespace NewsHub.Web.Reading;

public sealed class HomeController(NewsHubDbContext db) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var latest = await db.Articles.AsNoTracking()
            .Where(a => a.Status == Model.ArticleStatus.Published)
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Take(24)
            .Select(a => new StoryCard(a.Id, a.Title, a.Slug, a.Summary, a.LeadImageUrl, a.Source!.Name, a.PublishedAt))
            .ToListAsync(ct);
        return View(latest);
    }
}

public sealed record StoryCard(long Id, string Title, string Slug, string? Summary, string? ImageUrl, string SourceName, DateTimeOffset PublishedAt);
