using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Data;
using NewsHub.Web.Model;

namespace NewsHub.Web.Curation;

/// <summary>Everything the editor's page for one article shows: status, tags (removed ones too), its story and placements.</summary>
public sealed class ArticleDesk(NewsHubDbContext db)
{
    public sealed record Tag(string Key, string Name, bool IsPrimary, bool Editor, bool Suppressed, double Score);
    public sealed record Member(long Id, string Title, string SourceName, DateTimeOffset PublishedAt, ArticleStatus Status, bool Pinned);
    public sealed record Placement(string Section, int Position, bool IsDraft);

    public sealed record Model(
        long Id, string Title, string Slug, string Url, string SourceName, DateTimeOffset PublishedAt, ArticleStatus Status, string? Summary,
        long? ClusterId, IReadOnlyList<Tag> Countries, IReadOnlyList<Tag> Regions, IReadOnlyList<Member> Story,
        IReadOnlyList<Placement> Placements, IReadOnlyList<(string Code, string Name)> AllCountries, IReadOnlyList<(string Slug, string Name)> AllRegions);

    public async Task<Model?> LoadAsync(long id, CancellationToken ct)
    {
        var a = await db.Articles.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.Id, x.Title, x.Slug, x.Url, Source = x.Source!.Name, x.PublishedAt, x.Status, x.Summary, x.StoryClusterId })
            .FirstOrDefaultAsync(ct);
        if (a is null) return null;
        var countries = await db.ArticleCountries.AsNoTracking().Where(t => t.ArticleId == id)
            .OrderByDescending(t => t.IsPrimary).ThenByDescending(t => t.Score)
            .Select(t => new Tag(t.CountryCode, t.Country!.Name, t.IsPrimary, t.Origin == TagOrigin.Editor, t.Suppressed, t.Score)).ToListAsync(ct);
        var regions = await db.ArticleRegions.AsNoTracking().Where(t => t.ArticleId == id)
            .OrderByDescending(t => t.IsPrimary).ThenByDescending(t => t.Score)
            .Select(t => new Tag(t.RegionSlug, t.Region!.Name, t.IsPrimary, t.Origin == TagOrigin.Editor, t.Suppressed, t.Score)).ToListAsync(ct);
        var story = a.StoryClusterId is { } cluster
            ? await db.Articles.AsNoTracking().Where(x => x.StoryClusterId == cluster).OrderBy(x => x.PublishedAt)
                .Select(x => new Member(x.Id, x.Title, x.Source!.Name, x.PublishedAt, x.Status, x.ClusterLockedByEditor)).ToListAsync(ct)
            : [];
        var placements = await db.FrontPageSlots.AsNoTracking().Where(s => s.ArticleId == id).OrderBy(s => s.IsDraft).ThenBy(s => s.Section)
            .Select(s => new Placement(s.Section, s.Position, s.IsDraft)).ToListAsync(ct);
        var allCountries = (await db.Countries.AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Code, c.Name }).ToListAsync(ct))
            .Select(c => (c.Code, c.Name)).ToList();
        var allRegions = (await db.Regions.AsNoTracking().OrderBy(r => r.SortOrder).Select(r => new { r.Slug, r.Name }).ToListAsync(ct))
            .Select(r => (r.Slug, r.Name)).ToList();
        return new Model(a.Id, a.Title, a.Slug, a.Url, a.Source, a.PublishedAt, a.Status, a.Summary, a.StoryClusterId, countries, regions, story,
            placements, allCountries, allRegions);
    }
}
