using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace NewsHub.Tests.DemoSite;

public class DemoArticlePagesTests
{
    public static IEnumerable<object[]> Articles => DemoManifest.ArticleKeys();

    private static readonly string[] Outlets = ["caspian-daily", "steppe-times"];

    /// <summary>Where each template keeps the article text; the extraction tests must find it without being told.</summary>
    private static IElement BodyOf(IHtmlDocument page, string outlet) =>
        page.QuerySelector(outlet == "caspian-daily" ? "article .article-body" : ".entry-content")!;

    private static List<string> ParagraphsOf(IElement body) =>
        body.Children.Where(c => c.LocalName == "p" && !c.ClassList.Contains("read-also")).Select(p => p.TextContent.Trim()).ToList();

    [Theory]
    [MemberData(nameof(Articles))]
    public void Page_has_headline_byline_date_and_the_manifest_paragraphs(string key)
    {
        var a = DemoManifest.Article(key);
        var page = DemoManifest.Page(a.Outlet, a.Path);

        Assert.Equal(a.Title, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Single(page.QuerySelectorAll("h1"));
        var paragraphs = ParagraphsOf(BodyOf(page, a.Outlet));
        Assert.Equal(a.ParagraphCount, paragraphs.Count);
        Assert.Equal(a.FirstParagraph, paragraphs[0]);
        Assert.Equal(a.LastParagraph, paragraphs[^1]);
        Assert.True(paragraphs.Count >= 3, $"{key} has only {paragraphs.Count} body paragraphs");

        if (a.Outlet == "caspian-daily")
        {
            Assert.Equal($"By {a.Byline}", page.QuerySelector(".article-meta .author")!.TextContent.Trim());
            var time = page.QuerySelector("article time")!;
            Assert.Equal(DateTimeOffset.Parse(a.Published), DateTimeOffset.Parse(time.GetAttribute("datetime")!));
        }
        else
        {
            Assert.Equal($"by {a.Byline}", page.QuerySelector(".entry-meta .byline")!.TextContent.Trim());
            var shown = page.QuerySelector(".entry-meta .posted-on")!.TextContent.Trim();
            var date = DateTime.ParseExact(shown, "MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(a.Published[..10], date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Boilerplate_is_on_the_page_but_never_in_the_article_paragraphs(string key)
    {
        var a = DemoManifest.Article(key);
        var page = DemoManifest.Page(a.Outlet, a.Path);
        var pageText = page.Body!.TextContent;
        var bodyText = string.Join("\n", ParagraphsOf(BodyOf(page, a.Outlet)));

        Assert.NotEmpty(a.MustNotContain);
        foreach (var phrase in a.MustNotContain)
        {
            Assert.Contains(phrase, pageText);
            Assert.DoesNotContain(phrase, bodyText);
        }
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Page_carries_the_outlets_boilerplate_blocks(string key)
    {
        var a = DemoManifest.Article(key);
        var page = DemoManifest.Page(a.Outlet, a.Path);
        if (a.Outlet == "caspian-daily")
        {
            Assert.NotNull(page.QuerySelector("header.site-header nav.main-nav"));
            Assert.Equal(3, page.QuerySelectorAll("nav.breadcrumb li").Length);
            Assert.NotNull(page.QuerySelector("figure.lead-image img"));
            Assert.NotEmpty(page.QuerySelector("figure.lead-image figcaption")!.TextContent.Trim());
            Assert.NotNull(page.QuerySelector(".share-bar"));
            Assert.NotEmpty(page.QuerySelectorAll("ul.tags li"));
            Assert.InRange(page.QuerySelectorAll(".related-news .related-item").Length, 4, 6);
            Assert.Contains(page.QuerySelectorAll(".related-news p"), p => p.TextContent.EndsWith('…'));
            Assert.StartsWith("You can download the Caspian Daily application", page.QuerySelector(".app-promo")!.TextContent.Trim());
            Assert.Contains("Leave the first comment", page.QuerySelector(".comments")!.TextContent);
            Assert.NotNull(page.QuerySelector(".newsletter form"));
            Assert.NotNull(page.QuerySelector("footer.site-footer"));
        }
        else
        {
            Assert.NotNull(page.QuerySelector("#masthead .primary-menu"));
            Assert.NotNull(page.QuerySelector(".post-thumbnail img"));
            Assert.NotNull(page.QuerySelector(".entry-content .inline-promo"));
            Assert.InRange(page.QuerySelectorAll(".read-more li").Length, 3, 6);
            Assert.NotNull(page.QuerySelector(".subscribe-box form"));
            Assert.NotNull(page.QuerySelector("footer.site-footer"));
        }
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Structured_metadata_matches_the_visible_article_where_present(string key)
    {
        var a = DemoManifest.Article(key);
        var page = DemoManifest.Page(a.Outlet, a.Path);
        var published = page.QuerySelector("meta[property='article:published_time']")?.GetAttribute("content");
        Assert.Equal(a.StructuredMetadata, published is not null);
        Assert.Equal(a.PublishedPrecision == "minute", a.Outlet == "caspian-daily" || a.StructuredMetadata);
        if (published is not null) Assert.Equal(DateTimeOffset.Parse(a.Published), DateTimeOffset.Parse(published));
        Assert.Equal($"{DemoManifest.FakeBase}/{a.Outlet}/{a.Path}", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));

        var ld = page.QuerySelector("script[type='application/ld+json']");
        if (a.Outlet != "caspian-daily" || !a.StructuredMetadata)
        {
            Assert.Null(ld);
            return;
        }
        using var json = JsonDocument.Parse(ld!.TextContent);
        Assert.Equal("NewsArticle", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal(a.Title, json.RootElement.GetProperty("headline").GetString());
        Assert.Equal(a.Byline, json.RootElement.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal(a.Title, page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
    }

    [Fact]
    public void About_half_of_the_feed_outlets_pages_carry_structured_metadata()
    {
        var caspian = DemoManifest.Of("caspian-daily").ToList();
        Assert.InRange(caspian.Count, 16, 24);
        Assert.InRange(caspian.Count(a => a.StructuredMetadata), caspian.Count * 2 / 5, caspian.Count * 3 / 5);
    }

    [Fact]
    public void Every_relative_link_and_image_on_every_page_points_at_an_existing_file()
    {
        var disallowed = DemoManifest.Json.GetProperty("disallowed").EnumerateArray().Select(x => x.GetString()!).ToList();
        var checkedLinks = 0;
        foreach (var outlet in Outlets)
        {
            var outletRoot = Path.Combine(DemoManifest.Root, outlet);
            foreach (var file in Directory.EnumerateFiles(outletRoot, "*.html", SearchOption.AllDirectories))
            {
                var path = Path.GetRelativePath(outletRoot, file).Replace('\\', '/');
                var page = DemoManifest.Page(outlet, path);
                var refs = page.QuerySelectorAll("a[href], img[src], link[href]")
                    .Select(x => x.GetAttribute("href") ?? x.GetAttribute("src")!)
                    .Where(h => !h.StartsWith('#') && !h.StartsWith("http://demo.test", StringComparison.Ordinal));
                foreach (var href in refs)
                {
                    var target = DemoManifest.OutletPath(outlet, path, href);
                    Assert.True(target is not null, $"{outlet}/{path}: {href} leaves the outlet");
                    if (disallowed.Contains($"{outlet}/{target}")) continue;
                    Assert.True(File.Exists(DemoManifest.FileFor(outlet, target!)), $"{outlet}/{path}: {href} -> {target} does not exist");
                    checkedLinks++;
                }
            }
        }
        Assert.True(checkedLinks > 500, $"only {checkedLinks} links checked");
    }

    [Fact]
    public void Stories_group_separately_written_reports_and_name_pairs_that_must_stay_apart()
    {
        var stories = DemoManifest.Json.GetProperty("stories").EnumerateArray()
            .ToDictionary(s => s.GetProperty("key").GetString()!, s => s.GetProperty("members").EnumerateArray().Select(m => m.GetString()!).ToList());
        var talks = stories["iran-us-oman-talks"];
        Assert.InRange(talks.Count, 2, 3);
        Assert.Equal(talks.Count, talks.Select(k => DemoManifest.Article(k).FirstParagraph).Distinct().Count());
        Assert.Contains(stories.Values, members => members.Select(m => m.Split('/')[0]).Distinct().Count() == 2);

        foreach (var pair in DemoManifest.Json.GetProperty("mustNotCluster").EnumerateArray())
        {
            var (x, y) = (DemoManifest.Article(pair[0].GetString()!), DemoManifest.Article(pair[1].GetString()!));
            Assert.NotEqual(x.Story ?? x.Key, y.Story ?? y.Key);
        }
        var kazakh = DemoManifest.Json.GetProperty("mustNotCluster")[0];
        Assert.Equal(DemoManifest.Article(kazakh[0].GetString()!).Published[..10], DemoManifest.Article(kazakh[1].GetString()!).Published[..10]);
    }
}
