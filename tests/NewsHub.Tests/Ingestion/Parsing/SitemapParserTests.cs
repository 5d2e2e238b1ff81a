using NewsHub.Web.Ingestion.Parsing;

namespace NewsHub.Tests.Ingestion.Parsing;

public class SitemapParserTests
{
    private readonly SitemapParser _parser = new();

    private SitemapDocument Parse(string fixture, string url = "https://timesca.example/sitemap.xml") =>
        _parser.Parse(Fixture.Read("Feeds/" + fixture), new Uri(url));

    [Fact]
    public void Reads_urls_with_lastmod_and_image_skipping_duplicates_and_blanks()
    {
        var sitemap = Parse("sitemap-basic.xml");

        Assert.False(sitemap.IsIndex);
        Assert.Equal(2, sitemap.Entries.Count);
        var first = sitemap.Entries[0];
        Assert.Equal("https://timesca.example/2026/11/22/turkic-states-geoeconomic-power-base/", first.Url);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 8, 14, 3, TimeSpan.Zero), first.LastModified);
        Assert.Equal("https://timesca.example/wp-content/uploads/ots.jpg", first.ImageUrl);
        Assert.Null(first.NewsTitle);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero), sitemap.Entries[1].LastModified);
    }

    [Fact]
    public void Reads_google_news_title_date_language_and_publication()
    {
        var entries = Parse("sitemap-news.xml", "https://anewz.example/news-sitemap.xml").Entries;

        Assert.Equal(2, entries.Count);
        Assert.Equal("Iran-U.S. talks in Oman begin amid rising regional tensions", entries[0].NewsTitle);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 9, 40, 0, TimeSpan.FromHours(4)), entries[0].NewsPublishedAt);
        Assert.Equal("en", entries[0].NewsLanguage);
        Assert.Equal("AnewZ", entries[0].PublicationName);
        Assert.Equal("Flood danger rises as Spain & Portugal face another storm", entries[1].NewsTitle);
    }

    [Fact]
    public void Returns_child_sitemaps_of_an_index_resolved_and_with_lastmod()
    {
        var sitemap = Parse("sitemap-index.xml");

        Assert.True(sitemap.IsIndex);
        Assert.Empty(sitemap.Entries);
        Assert.Equal(
            ["https://timesca.example/news-sitemap.xml", "https://timesca.example/post-sitemap2.xml", "https://timesca.example/post-sitemap1.xml"],
            sitemap.ChildSitemaps.Select(c => c.Url));
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero), sitemap.ChildSitemaps[0].LastModified);
        Assert.Null(sitemap.ChildSitemaps[2].LastModified);
    }

    [Fact]
    public void Reads_a_plain_text_sitemap_one_url_per_line()
    {
        var sitemap = Parse("sitemap-plain.txt", "https://plain.example/sitemap.txt");

        Assert.Equal(["https://plain.example/news/one", "https://plain.example/news/two"], sitemap.Entries.Select(e => e.Url));
    }

    [Fact]
    public void Reports_a_feed_given_as_a_sitemap()
    {
        var ex = Assert.Throws<SitemapParseException>(() => Parse("rss2-basic.xml"));

        Assert.Contains("root element is <rss>", ex.Message);
    }

    [Fact]
    public void Reports_an_html_page_given_as_a_sitemap()
    {
        var ex = Assert.Throws<SitemapParseException>(() => Parse("html-error-page.html"));

        Assert.Contains("HTML page", ex.Message);
    }
}
