using System.Net;
using System.Xml.Linq;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Model;

namespace NewsHub.IntegrationTests.Reading;

public sealed class ReadingPagesTests(ReadingPagesTests.Fixture app) : IClassFixture<ReadingPagesTests.Fixture>
{
    public sealed class Fixture : NewsHubAppFactory
    {
        public Article Talks1 { get; private set; } = null!;
        public Article Talks2 { get; private set; } = null!;
        public Article Kazakh { get; private set; } = null!;
        public Source Caspian { get; private set; } = null!;

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await using var db = CreateDbContext();
            var b = new StoryBuilder(db);
            await b.EnsureGeographyAsync();
            Caspian = await b.SourceAsync("Caspian Daily");
            var steppe = await b.SourceAsync("Steppe Times");
            var now = DateTimeOffset.UtcNow;
            Talks1 = await b.ArticleAsync(Caspian, "US agrees to move Iran nuclear talks from Türkiye to Oman",
                "Washington has accepted Tehran's request to relocate planned nuclear talks to Muscat.\nNegotiators meet on Friday.", now.AddHours(-5), ["IR", "US", "OM"],
                image: "/demo/caspian-daily/images/talks.svg");
            var cluster = await db.StoryClusters.FindAsync(Talks1.StoryClusterId);
            Talks2 = await b.ArticleAsync(steppe, "Iran and US to hold talks in Muscat", "Talks between Iran and the United States move to Oman.", now.AddHours(-3), ["IR", "OM"], cluster);
            Kazakh = await b.ArticleAsync(steppe, "Kazakhstan picks site for second nuclear plant", "Astana announced the site of its second nuclear power plant.", now.AddHours(-2), ["KZ"]);
            for (var i = 0; i < 25; i++)
                await b.ArticleAsync(steppe, $"Uzbekistan cotton harvest report number {i}", $"Harvest update {i} from Tashkent.", now.AddDays(-1).AddMinutes(-i), ["UZ"]);
        }
    }

    [Fact]
    public async Task Home_shows_one_card_per_story_with_source_count_and_region_sections()
    {
        var html = await app.CreateClient().GetStringAsync("/");
        Assert.Contains("US agrees to move Iran nuclear talks from Türkiye to Oman", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Iran and US to hold talks in Muscat", html, StringComparison.Ordinal); // same story: one card
        Assert.Contains("2 sources", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/region/central-asia\"", html, StringComparison.Ordinal);
        Assert.Contains("coverage by country", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Region_page_lists_newest_first_and_pages_with_a_cursor()
    {
        var client = app.CreateClient();
        var first = await client.GetStringAsync("/region/central-asia");
        Assert.Contains("Kazakhstan picks site for second nuclear plant", first, StringComparison.Ordinal);
        Assert.True(first.IndexOf("Kazakhstan picks site", StringComparison.Ordinal) < first.IndexOf("cotton harvest report number 0", StringComparison.Ordinal));
        var next = System.Text.RegularExpressions.Regex.Match(first, "href=\"(/region/central-asia\\?before=[^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(next);
        var second = await client.GetStringAsync(WebUtility.HtmlDecode(next));
        Assert.Contains("cotton harvest report number 24", second, StringComparison.Ordinal);
        Assert.DoesNotContain("Kazakhstan picks site", second, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/region/atlantis")]
    [InlineData("/country/zz")]
    [InlineData("/source/nowhere")]
    [InlineData("/article/999999/nothing")]
    [InlineData("/region/atlantis/feed")]
    public async Task Unknown_sections_and_articles_are_styled_404s(string path)
    {
        var response = await app.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("class=\"masthead\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/region/central-asia?before=garbage")]
    [InlineData("/region/central-asia?before=1-2")]
    [InlineData("/region/central-asia?before=99999999999999999999-1")]
    [InlineData("/country/kz?before=-5")]
    public async Task Malformed_or_past_the_end_cursors_give_a_sensible_page(string path)
    {
        var response = await app.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Country_and_source_pages_list_their_stories()
    {
        var client = app.CreateClient();
        Assert.Contains("Kazakhstan picks site", await client.GetStringAsync("/country/kz"), StringComparison.Ordinal);
        Assert.Contains("Kazakhstan picks site", await client.GetStringAsync("/country/KZ"), StringComparison.Ordinal);
        var source = await client.GetStringAsync("/source/caspian-daily");
        Assert.Contains("US agrees to move Iran nuclear talks", source, StringComparison.Ordinal);
        Assert.DoesNotContain("Kazakhstan picks site", source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_page_has_body_tags_with_reasons_coverage_comments_area_and_social_tags()
    {
        var client = app.CreateClient();
        var html = await client.GetStringAsync($"/article/{app.Talks1.Id}/{app.Talks1.Slug}");
        Assert.Contains("<h1 id=\"story-title\" class=\"story__title\">US agrees to move Iran nuclear talks", html, StringComparison.Ordinal);
        Assert.Contains("Negotiators meet on Friday.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/country/ir\"", html, StringComparison.Ordinal);
        Assert.Contains("Mentions: Iran", html, StringComparison.Ordinal);
        Assert.Contains("More coverage", html, StringComparison.Ordinal);
        Assert.Contains("Iran and US to hold talks in Muscat", html, StringComparison.Ordinal);
        Assert.Contains("id=\"comments\"", html, StringComparison.Ordinal);
        Assert.Contains("leave the first comment", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("property=\"og:title\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"twitter:card\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"canonical\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{app.Talks1.Url}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_with_a_stale_slug_redirects_to_its_canonical_address()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync($"/article/{app.Kazakh.Id}/old-slug");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/article/{app.Kazakh.Id}/{app.Kazakh.Slug}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Feeds_sitemap_and_robots_are_well_formed()
    {
        var client = app.CreateClient();
        var atom = XDocument.Parse(await client.GetStringAsync("/region/middle-east/feed"));
        XNamespace ns = "http://www.w3.org/2005/Atom";
        Assert.Contains(atom.Root!.Elements(ns + "entry"), e => e.Element(ns + "title")!.Value.Contains("nuclear talks", StringComparison.Ordinal));
        var country = XDocument.Parse(await client.GetStringAsync("/country/kz/feed"));
        Assert.Contains(country.Root!.Elements(ns + "entry"), e => e.Element(ns + "title")!.Value == "Kazakhstan picks site for second nuclear plant");
        Assert.DoesNotContain(country.Root!.Elements(ns + "entry"), e => e.Element(ns + "title")!.Value.Contains("Muscat", StringComparison.Ordinal));
        var search = XDocument.Parse(await client.GetStringAsync("/search/feed?q=Muscat"));
        Assert.NotEmpty(search.Root!.Elements(ns + "entry"));
        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        Assert.Contains(sitemap.Descendants(), e => e.Name.LocalName == "loc" && e.Value.EndsWith($"/article/{app.Kazakh.Id}/{app.Kazakh.Slug}", StringComparison.Ordinal));
        var robots = await client.GetStringAsync("/robots.txt");
        Assert.Contains("Disallow: /admin/", robots, StringComparison.Ordinal);
        Assert.Contains("Sitemap: http", robots, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_pages_are_cached_and_new_content_evicts_them()
    {
        var client = app.CreateClient();
        var before = await client.GetStringAsync("/country/kz");
        await using (var db = app.CreateDbContext())
        {
            var b = new StoryBuilder(db);
            await b.ArticleAsync(app.Caspian, "Kazakhstan opens a new rail link", "A new rail link opens.", DateTimeOffset.UtcNow, ["KZ"]);
        }
        Assert.DoesNotContain("new rail link", await client.GetStringAsync("/country/kz"), StringComparison.Ordinal); // still cached
        var changes = (NewsHub.Web.Reading.ContentChanges)app.Services.GetService(typeof(NewsHub.Web.Reading.ContentChanges))!;
        await changes.PublishAsync(default);
        Assert.Contains("new rail link", await client.GetStringAsync("/country/kz"), StringComparison.Ordinal);
        Assert.NotEmpty(before);
    }
}
