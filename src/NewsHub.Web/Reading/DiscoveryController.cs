using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Data;
using NewsHub.Web.DemoSite;
using NewsHub.Web.Model;
using NewsHub.Web.Search;

namespace NewsHub.Web.Reading;

/// <summary>Atom feeds per region, country and search; sitemap.xml; robots.txt.</summary>
public sealed class DiscoveryController(NewsHubDbContext db, ArticleSearch search, IConfiguration configuration) : Controller
{
    private const int FeedSize = 30;

    [HttpGet("/region/{slug}/feed")]
    [OutputCache(PolicyName = ReadingServices.PublicPagePolicy)]
    public async Task<IActionResult> RegionFeed(string slug, CancellationToken ct)
    {
        var region = await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Slug == slug.ToLower(), ct);
        if (region is null) return NotFound();
        var ids = await Published().Where(a => a.Regions.Any(r => r.RegionSlug == region.Slug && !r.Suppressed))
            .OrderByDescending(a => a.PublishedAt).Select(a => a.Id).Take(FeedSize).ToListAsync(ct);
        return await AtomAsync($"NewsHub · {region.Name}", $"/region/{region.Slug}", ids, ct);
    }

    [HttpGet("/country/{code}/feed")]
    [OutputCache(PolicyName = ReadingServices.PublicPagePolicy)]
    public async Task<IActionResult> CountryFeed(string code, CancellationToken ct)
    {
        var country = await db.Countries.AsNoTracking().FirstOrDefaultAsync(c => c.Code == code.ToUpper(), ct);
        if (country is null) return NotFound();
        var ids = await Published().Where(a => a.Countries.Any(t => t.CountryCode == country.Code && !t.Suppressed))
            .OrderByDescending(a => a.PublishedAt).Select(a => a.Id).Take(FeedSize).ToListAsync(ct);
        return await AtomAsync($"NewsHub · {country.Name}", $"/country/{country.Code.ToLowerInvariant()}", ids, ct);
    }

    [HttpGet("/search/feed")]
    [OutputCache(PolicyName = ReadingServices.PublicPagePolicy)]
    public async Task<IActionResult> SearchFeed(string? q, string? region, string? country, string? source, CancellationToken ct)
    {
        var request = SearchRequest.Parse(q, region, country, source, null, null, "date", 1);
        var result = await search.SearchAsync(request, ct);
        return await AtomAsync($"NewsHub search · {request.Query}", "/search?q=" + Uri.EscapeDataString(request.Query),
            result.Hits.Select(h => h.Card.ArticleId).ToList(), ct);
    }

    [HttpGet("/sitemap.xml")]
    [OutputCache(PolicyName = ReadingServices.PublicPagePolicy)]
    public async Task<IActionResult> Sitemap(CancellationToken ct)
    {
        var baseUrl = BaseUrl();
        var articles = await Published().OrderByDescending(a => a.PublishedAt).Take(5000)
            .Select(a => new { a.Id, a.Slug, Modified = a.UpdatedAt ?? a.PublishedAt }).ToListAsync(ct);
        var regions = await db.Regions.AsNoTracking().Select(r => r.Slug).ToListAsync(ct);
        var countries = await db.Countries.AsNoTracking().Where(c => db.ArticleCountries.Any(t => t.CountryCode == c.Code)).Select(c => c.Code).ToListAsync(ct);
        var sb = new StringBuilder();
        using (var w = XmlWriter.Create(sb, new XmlWriterSettings { Indent = true, Async = false }))
        {
            w.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            void Url(string path, DateTimeOffset? modified = null)
            {
                w.WriteStartElement("url");
                w.WriteElementString("loc", baseUrl + path);
                if (modified is { } m) w.WriteElementString("lastmod", m.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"));
                w.WriteEndElement();
            }
            Url("/");
            foreach (var r in regions) Url("/region/" + r);
            foreach (var c in countries) Url("/country/" + c.ToLowerInvariant());
            foreach (var a in articles) Url($"/article/{a.Id}/{a.Slug}", a.Modified);
            w.WriteEndElement();
        }
        return Content(sb.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal), "application/xml; charset=utf-8");
    }

    [HttpGet("/robots.txt")]
    public IActionResult Robots()
    {
        var sb = new StringBuilder("User-agent: *\n");
        foreach (var path in new[] { "/account/", "/admin/", "/editor/", "/search", "/comments/" }) sb.Append("Disallow: ").Append(path).Append('\n');
        if (configuration.GetValue("NewsHub:Sources:RegisterDemo", true)) sb.Append(DemoSiteEndpoints.DisallowRules(HttpContext));
        sb.Append("\nSitemap: ").Append(BaseUrl()).Append("/sitemap.xml\n");
        return Content(sb.ToString(), "text/plain; charset=utf-8");
    }

    private IQueryable<Article> Published() => db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Published);

    private string BaseUrl() => $"{Request.Scheme}://{Request.Host}{Request.PathBase}";

    private async Task<IActionResult> AtomAsync(string title, string selfPath, IReadOnlyList<long> ids, CancellationToken ct)
    {
        var baseUrl = BaseUrl();
        var items = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Slug, a.Title, a.Summary, a.Byline, a.PublishedAt, a.UpdatedAt, a.Url, Source = a.Source!.Name })
            .ToListAsync(ct);
        var byId = items.ToDictionary(i => i.Id);
        var ordered = ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
        var sb = new StringBuilder();
        using (var w = XmlWriter.Create(sb, new XmlWriterSettings { Indent = true }))
        {
            const string ns = "http://www.w3.org/2005/Atom";
            w.WriteStartElement("feed", ns);
            w.WriteElementString("title", ns, title);
            w.WriteElementString("id", ns, baseUrl + selfPath);
            w.WriteStartElement("link", ns); w.WriteAttributeString("href", baseUrl + selfPath); w.WriteEndElement();
            w.WriteStartElement("link", ns); w.WriteAttributeString("rel", "self"); w.WriteAttributeString("href", baseUrl + Request.Path + Request.QueryString); w.WriteEndElement();
            var updated = ordered.Count > 0 ? ordered.Max(i => i.UpdatedAt ?? i.PublishedAt) : DateTimeOffset.UnixEpoch;
            w.WriteElementString("updated", ns, updated.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"));
            foreach (var i in ordered)
            {
                w.WriteStartElement("entry", ns);
                w.WriteElementString("title", ns, i.Title);
                w.WriteElementString("id", ns, $"{baseUrl}/article/{i.Id}");
                w.WriteStartElement("link", ns); w.WriteAttributeString("href", $"{baseUrl}/article/{i.Id}/{i.Slug}"); w.WriteEndElement();
                w.WriteStartElement("link", ns); w.WriteAttributeString("rel", "via"); w.WriteAttributeString("href", i.Url); w.WriteEndElement();
                w.WriteElementString("published", ns, i.PublishedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"));
                w.WriteElementString("updated", ns, (i.UpdatedAt ?? i.PublishedAt).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"));
                w.WriteStartElement("author", ns); w.WriteElementString("name", ns, string.IsNullOrWhiteSpace(i.Byline) ? i.Source : $"{i.Byline} ({i.Source})"); w.WriteEndElement();
                if (!string.IsNullOrEmpty(i.Summary)) w.WriteElementString("summary", ns, i.Summary);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        return Content(sb.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal), "application/atom+xml; charset=utf-8");
    }
}
