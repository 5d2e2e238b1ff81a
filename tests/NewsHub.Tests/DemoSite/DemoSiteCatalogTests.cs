using NewsHub.Web.DemoSite;
using NewsHub.Web.Model;

namespace NewsHub.Tests.DemoSite;

public class DemoSiteCatalogTests
{
    [Fact]
    public void Every_demo_source_entry_points_at_a_committed_file()
    {
        Assert.Equal(["caspian-daily", "steppe-times"], DemoSiteCatalog.Sources.Select(s => s.Slug));
        foreach (var source in DemoSiteCatalog.Sources)
        {
            Assert.True(File.Exists(DemoManifest.FileFor(source.Slug, source.RelativeUrl)), source.RelativeUrl);
        }
        Assert.Equal(SourceKind.Feed, DemoSiteCatalog.Sources[0].Kind);
        Assert.Equal(SourceKind.Listing, DemoSiteCatalog.Sources[1].Kind);
    }

    [Fact]
    public void Listing_page_limit_covers_every_page_of_the_demo_listing()
    {
        var pages = DemoManifest.Json.GetProperty("outlets")[1].GetProperty("listingPages").GetInt32();
        Assert.Equal(pages, DemoSiteCatalog.Sources.Single(s => s.Kind == SourceKind.Listing).PageLimit);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", "/demo", "http://127.0.0.1:5080/demo/")]
    [InlineData("http://127.0.0.1:5080/", "demo/", "http://127.0.0.1:5080/demo/")]
    [InlineData("http://example.org/newshub/", "/demo", "http://example.org/newshub/demo/")]
    [InlineData("http://127.0.0.1:40123/", "", "http://127.0.0.1:40123/")]
    public void Demo_root_keeps_the_apps_path_base(string appBase, string prefix, string expected)
    {
        Assert.Equal(expected, DemoSiteCatalog.DemoRoot(new Uri(appBase), prefix).AbsoluteUri);
    }

    [Fact]
    public void To_source_builds_a_due_source_row_with_tagging_hints()
    {
        var now = new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
        var root = DemoSiteCatalog.DemoRoot(new Uri("http://127.0.0.1:5080/"));
        var feed = DemoSiteCatalog.Sources[0].ToSource(root, now);
        Assert.Equal("http://127.0.0.1:5080/demo/caspian-daily/feed.xml", feed.Url);
        Assert.Equal("http://127.0.0.1:5080/demo/caspian-daily/", feed.SiteUrl);
        Assert.Equal(("AZ", "south-caucasus"), (feed.DefaultCountryCode, feed.DefaultRegionSlug));
        Assert.Equal(now, feed.NextAttemptAt);

        var listing = DemoSiteCatalog.Sources[1].ToSource(root, now);
        Assert.Equal("http://127.0.0.1:5080/demo/steppe-times/results/", listing.Url);
        Assert.Equal(("KZ", "central-asia"), (listing.DefaultCountryCode, listing.DefaultRegionSlug));
    }
}
