using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Data;
using NewsHub.Web.Model;

namespace NewsHub.IntegrationTests.Infrastructure;

/// <summary>Writes sources, articles, tags and clusters straight into the database for page tests.</summary>
public sealed class StoryBuilder(NewsHubDbContext db)
{
    private static readonly (string Slug, string Name, string[] Countries)[] Regions =
    [
        ("central-asia", "Central Asia", ["KZ", "UZ", "KG", "TJ", "TM"]),
        ("south-caucasus", "South Caucasus", ["AZ", "AM", "GE"]),
        ("middle-east", "Middle East", ["IR", "TR", "OM"]),
    ];

    private static readonly Dictionary<string, string> CountryNames = new()
    {
        ["KZ"] = "Kazakhstan", ["UZ"] = "Uzbekistan", ["KG"] = "Kyrgyzstan", ["TJ"] = "Tajikistan", ["TM"] = "Turkmenistan",
        ["AZ"] = "Azerbaijan", ["AM"] = "Armenia", ["GE"] = "Georgia", ["IR"] = "Iran", ["TR"] = "Türkiye", ["OM"] = "Oman", ["US"] = "United States",
    };

    /// <summary>Countries and regions as the gazetteer seeds them (only those missing are added).</summary>
    public async Task EnsureGeographyAsync()
    {
        var countries = await db.Countries.Select(c => c.Code).ToListAsync();
        foreach (var (code, name) in CountryNames.Where(c => !countries.Contains(c.Key))) db.Countries.Add(new Country { Code = code, Name = name });
        var regions = await db.Regions.Select(r => r.Slug).ToListAsync();
        var order = 0;
        foreach (var (slug, name, _) in Regions.Where(r => !regions.Contains(r.Slug))) db.Regions.Add(new Region { Slug = slug, Name = name, SortOrder = order++ });
        await db.SaveChangesAsync();
        var links = await db.CountryRegions.Select(l => l.CountryCode + l.RegionSlug).ToListAsync();
        foreach (var (slug, _, codes) in Regions)
            foreach (var code in codes.Where(c => !links.Contains(c + slug)))
                db.CountryRegions.Add(new CountryRegion { CountryCode = code, RegionSlug = slug });
        await db.SaveChangesAsync();
    }

    public async Task<Source> SourceAsync(string name)
    {
        var slug = name.ToLowerInvariant().Replace(' ', '-');
        var existing = await db.Sources.FirstOrDefaultAsync(s => s.Slug == slug);
        if (existing is not null) return existing;
        var source = new Source { Name = name, Slug = slug, Url = $"http://127.0.0.1:9/{slug}/feed.xml", SiteUrl = $"http://127.0.0.1:9/{slug}/", Enabled = false };
        db.Sources.Add(source);
        await db.SaveChangesAsync();
        return source;
    }

    /// <summary>An article in its own cluster (or joining <paramref name="cluster"/>), tagged with countries (first is primary).</summary>
    public async Task<Article> ArticleAsync(Source source, string title, string body, DateTimeOffset published, string[] countries,
        StoryCluster? cluster = null, string? summary = null, string? image = null)
    {
        var slug = string.Join('-', title.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(8))
            .Replace("'", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        var article = new Article
        {
            SourceId = source.Id, Url = $"{source.SiteUrl}{Guid.NewGuid():N}", Title = title, Slug = slug.Length > 100 ? slug[..100] : slug,
            Summary = summary ?? body.Split('\n')[0], BodyText = body, BodyHtml = string.Join("", body.Split('\n').Select(p => $"<p>{System.Net.WebUtility.HtmlEncode(p)}</p>")),
            PublishedAt = published, FetchedAt = published, LeadImageUrl = image,
        };
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        cluster ??= new StoryCluster { FirstPublishedAt = published, LastPublishedAt = published, UpdatedAt = published };
        if (cluster.Id == 0) db.StoryClusters.Add(cluster);
        cluster.ArticleCount++;
        cluster.LastPublishedAt = cluster.LastPublishedAt > published ? cluster.LastPublishedAt : published;
        await db.SaveChangesAsync();
        article.StoryClusterId = cluster.Id;
        cluster.LeadArticleId ??= article.Id;
        await db.SaveChangesAsync();
        cluster.SourceCount = await db.Articles.Where(a => a.StoryClusterId == cluster.Id).Select(a => a.SourceId).Distinct().CountAsync();
        for (var i = 0; i < countries.Length; i++)
        {
            db.ArticleCountries.Add(new ArticleCountry { ArticleId = article.Id, CountryCode = countries[i], Score = 1.0 - i * 0.3, IsPrimary = i == 0, Evidence = [CountryNames[countries[i]]] });
            foreach (var (slugR, _, codes) in Regions.Where(r => r.Countries.Contains(countries[i])))
                if (!db.ChangeTracker.Entries<ArticleRegion>().Any(e => e.Entity.ArticleId == article.Id && e.Entity.RegionSlug == slugR))
                    db.ArticleRegions.Add(new ArticleRegion { ArticleId = article.Id, RegionSlug = slugR, Score = 1.0 - i * 0.3, IsPrimary = i == 0 });
        }
        await db.SaveChangesAsync();
        return article;
    }
}
