using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace NewsHub.Tests.DemoSite;

public partial class DemoListingTests
{
    private const string Outlet = "steppe-times";

    [GeneratedRegex(@"^Viewing results (\d+) - (\d+) of (\d+)$")]
    private static partial Regex ResultsCount();

    /// <summary>Walks the listing from its first page by following "Next ›", as a scraper would.</summary>
    private static List<(string Path, AngleSharp.Html.Dom.IHtmlDocument Page)> WalkListing()
    {
        var pages = new List<(string, AngleSharp.Html.Dom.IHtmlDocument)>();
        for (string? path = "results/"; path is not null && pages.Count < 10;)
        {
            var page = DemoManifest.Page(Outlet, path);
            pages.Add((path, page));
            var next = page.QuerySelector(".pagination a.next")?.GetAttribute("href");
            path = next is null ? null : DemoManifest.OutletPath(Outlet, path, next);
        }
        return pages;
    }

    [Fact]
    public void Pagination_is_consistent_with_viewing_results_x_y_of_n()
    {
        var articles = DemoManifest.Of(Outlet).ToList();
        var perPage = DemoManifest.Json.GetProperty("outlets")[1].GetProperty("perPage").GetInt32();
        var pages = WalkListing();
        Assert.InRange(pages.Count, 3, 4);
        Assert.Equal((articles.Count + perPage - 1) / perPage, pages.Count);

        var seen = new List<string>();
        for (var n = 0; n < pages.Count; n++)
        {
            var (path, page) = pages[n];
            var match = ResultsCount().Match(page.QuerySelector(".results-count")!.TextContent.Trim());
            Assert.True(match.Success, path);
            var (from, to, total) = (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture));
            Assert.Equal(n * perPage + 1, from);
            Assert.Equal(Math.Min((n + 1) * perPage, articles.Count), to);
            Assert.Equal(articles.Count, total);

            var links = page.QuerySelectorAll(".search-result h2 a").Select(a => DemoManifest.OutletPath(Outlet, path, a.GetAttribute("href")!)!).ToList();
            Assert.Equal(to - from + 1, links.Count);
            seen.AddRange(links);

            var numbers = page.QuerySelectorAll(".pagination .page-numbers").Where(x => int.TryParse(x.TextContent, out _)).ToList();
            Assert.Equal(Enumerable.Range(1, pages.Count).Select(i => i.ToString(CultureInfo.InvariantCulture)), numbers.Select(x => x.TextContent));
            Assert.Equal((n + 1).ToString(CultureInfo.InvariantCulture), page.QuerySelector(".pagination .current")!.TextContent);
            foreach (var numbered in numbers.Where(x => x.LocalName == "a"))
            {
                var target = DemoManifest.OutletPath(Outlet, path, numbered.GetAttribute("href")!);
                Assert.Equal(pages[int.Parse(numbered.TextContent, CultureInfo.InvariantCulture) - 1].Path, target);
            }
            Assert.Equal(n < pages.Count - 1, page.QuerySelector(".pagination a.next")?.TextContent == "Next ›");
        }
        Assert.Equal(articles.Select(a => a.Path).Order(), seen.Order());
    }

    [Fact]
    public void Listing_teasers_carry_dates_and_truncated_excerpts()
    {
        foreach (var (path, page) in WalkListing())
        {
            foreach (var result in page.QuerySelectorAll(".search-result"))
            {
                var article = DemoManifest.Article($"{Outlet}/{DemoManifest.OutletPath(Outlet, path, result.QuerySelector("h2 a")!.GetAttribute("href")!)}");
                Assert.Equal(article.Title, result.QuerySelector("h2")!.TextContent.Trim());
                var shown = DateTime.ParseExact(result.QuerySelector(".posted-on")!.TextContent, "MMMM d, yyyy", CultureInfo.InvariantCulture);
                Assert.Equal(article.Published[..10], shown.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                Assert.EndsWith("...", result.QuerySelector(".entry-summary")!.TextContent);
            }
        }
    }

    [Fact]
    public void Robots_disallows_admin_and_the_decoy_the_first_page_links_to()
    {
        var robots = DemoManifest.Rendered(Outlet, "robots.txt");
        Assert.Contains("Disallow: /demo/steppe-times/admin/", robots);
        Assert.Contains("Disallow: /demo/steppe-times/private/", robots);
        Assert.Contains($"Sitemap: {DemoManifest.FakeBase}/{Outlet}/sitemap.xml", robots);

        var decoys = DemoManifest.Page(Outlet, "results/").QuerySelectorAll(".members-preview a")
            .Select(a => DemoManifest.OutletPath(Outlet, "results/", a.GetAttribute("href")!)!).ToList();
        Assert.Contains("private/embargoed-caspian-shipping.html", decoys);
        Assert.All(decoys, d => Assert.True(d.StartsWith("private/", StringComparison.Ordinal) || d.StartsWith("admin/", StringComparison.Ordinal)));
    }

    [Fact]
    public void News_sitemap_lists_every_article_with_its_publication_date()
    {
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9", news = "http://www.google.com/schemas/sitemap-news/0.9";
        var urls = XDocument.Parse(DemoManifest.Rendered(Outlet, "sitemap.xml")).Root!.Elements(sm + "url").ToList();
        var articles = DemoManifest.Of(Outlet).ToDictionary(a => a.Path);
        Assert.Equal(articles.Count, urls.Count);
        foreach (var url in urls)
        {
            var path = DemoManifest.OutletPath(Outlet, "sitemap.xml", url.Element(sm + "loc")!.Value)!;
            var article = articles[path];
            var n = url.Element(news + "news")!;
            Assert.Equal(article.Title, n.Element(news + "title")!.Value);
            Assert.StartsWith(article.Published[..10], n.Element(news + "publication_date")!.Value);
        }
    }
}
