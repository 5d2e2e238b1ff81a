using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Data;
using NewsHub.Web.Model;

namespace NewsHub.Web.Tagging;

/// <summary>
/// Stores the tagger's result for an article. Automatic tags are replaced; an editor's tags are
/// never touched, and a tag an editor removed (kept as Suppressed) is not brought back.
/// </summary>
public sealed class ArticleTagWriter(ArticleTagger tagger)
{
    public TagResult Tag(Article article, Source source) =>
        tagger.Tag(new TaggingInput(article.Title, article.Summary, article.BodyText, source.DefaultCountryCode, source.DefaultRegionSlug));

    /// <summary>Applies <paramref name="result"/> to the tracked tag rows; the caller saves.</summary>
    public async Task ApplyAsync(NewsHubDbContext db, long articleId, TagResult result, CancellationToken ct)
    {
        var countries = await db.ArticleCountries.Where(t => t.ArticleId == articleId).ToListAsync(ct);
        var regions = await db.ArticleRegions.Where(t => t.ArticleId == articleId).ToListAsync(ct);
        var editorPrimaryCountry = countries.Any(t => t.Origin == TagOrigin.Editor && t.IsPrimary && !t.Suppressed);
        var editorPrimaryRegion = regions.Any(t => t.Origin == TagOrigin.Editor && t.IsPrimary && !t.Suppressed);

        db.ArticleCountries.RemoveRange(countries.Where(t => t.Origin == TagOrigin.Auto && !t.Suppressed && result.Countries.All(c => c.Code != t.CountryCode)));
        foreach (var tag in result.Countries)
        {
            var row = countries.FirstOrDefault(t => t.CountryCode == tag.Code);
            if (row is null) db.ArticleCountries.Add(row = new ArticleCountry { ArticleId = articleId, CountryCode = tag.Code });
            if (row.Origin == TagOrigin.Editor || row.Suppressed) continue;
            row.Score = Math.Round(tag.Score, 4);
            row.IsPrimary = tag.IsPrimary && !editorPrimaryCountry;
            row.Evidence = tag.Evidence.Take(10).ToArray();
        }

        db.ArticleRegions.RemoveRange(regions.Where(t => t.Origin == TagOrigin.Auto && !t.Suppressed && result.Regions.All(r => r.Slug != t.RegionSlug)));
        foreach (var tag in result.Regions)
        {
            var row = regions.FirstOrDefault(t => t.RegionSlug == tag.Slug);
            if (row is null) db.ArticleRegions.Add(row = new ArticleRegion { ArticleId = articleId, RegionSlug = tag.Slug });
            if (row.Origin == TagOrigin.Editor || row.Suppressed) continue;
            row.Score = Math.Round(tag.Score, 4);
            row.IsPrimary = tag.IsPrimary && !editorPrimaryRegion;
        }
    }

    /// <summary>
    /// The tag rows of an article not stored yet (nothing to keep or suppress), added to its collections so they are
    /// inserted with it by the caller's SaveChanges: what <see cref="ApplyAsync"/> would write, without reading first.
    /// </summary>
    public static void AddTo(Article article, TagResult result)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(result);
        foreach (var tag in result.Countries.DistinctBy(t => t.Code))
            article.Countries.Add(new ArticleCountry
            {
                CountryCode = tag.Code, Score = Math.Round(tag.Score, 4), IsPrimary = tag.IsPrimary, Evidence = tag.Evidence.Take(10).ToArray(),
            });
        foreach (var tag in result.Regions.DistinctBy(t => t.Slug))
            article.Regions.Add(new ArticleRegion { RegionSlug = tag.Slug, Score = Math.Round(tag.Score, 4), IsPrimary = tag.IsPrimary });
    }
}
