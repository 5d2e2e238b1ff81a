using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;
using NewsHub.Web.DemoSite;

namespace NewsHub.Tests.DemoSite;

public class DemoSiteEndpointsTests(DemoSiteServer server) : IClassFixture<DemoSiteServer>
{
    private readonly HttpClient client = server.Client;

    [Fact]
    public async Task Serves_article_pages_as_utf8_html_with_the_base_url_filled_in()
    {
        var response = await client.GetAsync("demo/caspian-daily/news/ots-think-tanks-baku-conference.html");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Ömer Koçaman", html);
        Assert.Contains($"href=\"{server.BaseAddress}demo/caspian-daily/news/ots-think-tanks-baku-conference.html\"", html);
        Assert.DoesNotContain("{{", html);
    }

    [Fact]
    public async Task Feed_is_served_as_rss_with_absolute_links_to_this_server()
    {
        var response = await client.GetAsync("demo/caspian-daily/feed.xml");
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType!.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var links = feed.Descendants("item").Select(i => i.Element("link")!.Value).ToList();
        var absolute = links.Where(l => l.StartsWith("http", StringComparison.Ordinal)).ToList();
        Assert.Equal(links.Count - 1, absolute.Count);
        foreach (var link in absolute.Take(3))
        {
            Assert.StartsWith($"{server.BaseAddress}demo/caspian-daily/news/", link);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link)).StatusCode);
        }
    }

    [Fact]
    public async Task Sitemap_robots_and_images_get_their_content_types()
    {
        Assert.Equal("application/xml", (await client.GetAsync("demo/steppe-times/sitemap.xml")).Content.Headers.ContentType!.MediaType);
        Assert.Equal("image/svg+xml", (await client.GetAsync("demo/steppe-times/images/almaty-smog-heating-season.svg")).Content.Headers.ContentType!.MediaType);
        var robots = await client.GetAsync("demo/steppe-times/robots.txt");
        Assert.Equal("text/plain", robots.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Disallow: /demo/steppe-times/private/", await robots.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Combined_robots_under_the_prefix_lists_every_outlets_rules()
    {
        var robots = await client.GetStringAsync("demo/robots.txt");
        Assert.StartsWith("User-agent: *", robots);
        Assert.Contains("Disallow: /demo/caspian-daily/admin/", robots);
        Assert.Contains("Disallow: /demo/steppe-times/private/", robots);
    }

    [Fact]
    public async Task Conditional_get_with_the_etag_or_the_last_modified_date_returns_304()
    {
        const string url = "demo/steppe-times/results/page/2/";
        var first = await client.GetAsync(url);
        var etag = first.Headers.ETag!;
        var lastModified = first.Content.Headers.LastModified!.Value;

        using var byTag = new HttpRequestMessage(HttpMethod.Get, url);
        byTag.Headers.IfNoneMatch.Add(etag);
        var notModified = await client.SendAsync(byTag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var byDate = new HttpRequestMessage(HttpMethod.Get, url);
        byDate.Headers.IfModifiedSince = lastModified;
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(byDate)).StatusCode);

        using var stale = new HttpRequestMessage(HttpMethod.Get, url);
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(stale)).StatusCode);
    }

    [Fact]
    public async Task Directory_urls_get_their_slash_and_serve_index_html()
    {
        var redirect = await client.GetAsync("demo/steppe-times/results/page/2");
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal("/demo/steppe-times/results/page/2/", redirect.Headers.Location!.OriginalString);

        var root = await client.GetAsync("demo/steppe-times");
        Assert.Equal("/demo/steppe-times/", root.Headers.Location!.OriginalString);

        var listing = await client.GetStringAsync("demo/steppe-times/results/");
        Assert.Contains("Viewing results 1 - 6 of", listing);
    }

    [Theory]
    [InlineData("demo/caspian-daily/news/no-such-story.html")]
    [InlineData("demo/steppe-times/admin/")]
    [InlineData("demo/no-such-outlet/index.html")]
    [InlineData("demo/manifest.json")]
    public async Task Missing_files_and_files_outside_the_outlets_are_404(string url)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
    }

    [Theory]
    [InlineData("../manifest.json")]
    [InlineData("../steppe-times/index.html")]
    [InlineData("news/../../manifest.json")]
    public void Paths_that_leave_the_outlet_folder_resolve_to_nothing(string path)
    {
        var files = new DemoSiteFiles(DemoManifest.Root);
        Assert.Null(files.Find("caspian-daily", path));
        Assert.NotNull(files.Find("caspian-daily", "news/../feed.xml"));
    }
}
