using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace NewsHub.Tests.DemoSite;

public class DemoFeedTests
{
    private const string Outlet = "caspian-daily";

    private static List<XElement> Items() =>
        XDocument.Parse(DemoManifest.Rendered(Outlet, "feed.xml")).Root!.Element("channel")!.Elements("item").ToList();

    private static string Link(XElement item) => item.Element("link")!.Value.Trim();

    private static string ArticlePathOf(XElement item) => DemoManifest.OutletPath(Outlet, "feed.xml", Link(item))!;

    [Fact]
    public void Feed_is_rss_2_and_lists_every_article_once()
    {
        var rss = XDocument.Parse(DemoManifest.Rendered(Outlet, "feed.xml")).Root!;
        Assert.Equal("rss", rss.Name.LocalName);
        Assert.Equal("2.0", rss.Attribute("version")!.Value);

        var paths = Items().Select(ArticlePathOf).ToList();
        Assert.Equal(DemoManifest.Of(Outlet).Select(a => a.Path).Order(), paths.Order());
        Assert.All(paths, p => Assert.True(File.Exists(DemoManifest.FileFor(Outlet, p)), p));
    }

    [Fact]
    public void Every_item_has_a_title_description_and_the_articles_publication_time()
    {
        foreach (var item in Items())
        {
            var article = DemoManifest.Article($"{Outlet}/{ArticlePathOf(item)}");
            Assert.False(string.IsNullOrWhiteSpace(item.Element("title")!.Value));
            Assert.False(string.IsNullOrWhiteSpace(item.Element("description")!.Value));
            var pubDate = DateTimeOffset.Parse(item.Element("pubDate")!.Value, CultureInfo.InvariantCulture);
            Assert.Equal(DateTimeOffset.Parse(article.Published, CultureInfo.InvariantCulture), pubDate);
        }
    }

    [Fact]
    public void Some_items_need_tolerant_readers_relative_link_markup_in_title_and_truncated_titles()
    {
        var items = Items();
        var relative = Assert.Single(items, i => !Link(i).StartsWith("http", StringComparison.Ordinal));
        Assert.StartsWith("news/", Link(relative));

        var marked = Assert.Single(items, i => i.Element("title")!.Value.Contains('<', StringComparison.Ordinal));
        var stripped = Regex.Replace(marked.Element("title")!.Value, "<[^>]+>", "");
        Assert.Equal(DemoManifest.Article($"{Outlet}/{ArticlePathOf(marked)}").Title, stripped);

        var truncated = items.Where(i => i.Element("title")!.Value.EndsWith('…')).ToList();
        Assert.True(truncated.Count >= 2);
        foreach (var item in truncated)
        {
            var full = DemoManifest.Article($"{Outlet}/{ArticlePathOf(item)}").Title;
            Assert.StartsWith(item.Element("title")!.Value.TrimEnd('…'), full);
            Assert.NotEqual(full, item.Element("title")!.Value);
        }
    }

    [Fact]
    public void Absolute_links_use_the_substituted_base_url()
    {
        var raw = File.ReadAllText(DemoManifest.FileFor(Outlet, "feed.xml"));
        Assert.Contains("{{BASE}}/news/", raw);
        var rendered = DemoManifest.Rendered(Outlet, "feed.xml");
        Assert.DoesNotContain("{{", rendered);
        Assert.Contains($"<link>{DemoManifest.FakeBase}/{Outlet}/news/", rendered);
    }
}
