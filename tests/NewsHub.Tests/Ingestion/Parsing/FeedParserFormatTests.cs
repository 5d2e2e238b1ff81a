using NewsHub.Web.Ingestion.Parsing;

namespace NewsHub.Tests.Ingestion.Parsing;

public class FeedParserFormatTests
{
    private readonly FeedParser _parser = new();

    [Fact]
    public void Reads_rss2_channel_and_items_with_extensions()
    {
        var feed = _parser.Parse(Fixture.Read("Feeds/rss2-basic.xml"), new Uri("https://caspiandaily.example/feed/"));

        Assert.Equal("Caspian Daily — Latest", feed.Title);
        Assert.Equal("https://caspiandaily.example/", feed.SiteUrl);
        Assert.Equal(2, feed.Items.Count);
        var first = feed.Items[0];
        Assert.Equal("https://caspiandaily.example/news/kazakhstan-turkiye-sign-20-agreements", first.Url);
        Assert.Equal("cd-48213", first.Guid);
        Assert.Equal("Kazakhstan and Türkiye sign 20 agreements", first.Title);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 10, 15, 0, TimeSpan.Zero), first.PublishedAt);
        Assert.Equal("Aida Nurlanova", first.Author);
        Assert.Contains("<b>20 agreements</b>", first.SummaryHtml);
        Assert.StartsWith("<p>President Tokayev", first.ContentHtml);
        Assert.Equal("https://cdn.caspiandaily.example/img/48213-large.jpg", first.ImageUrl);

        var second = feed.Items[1];
        Assert.Equal("World Desk", second.Author);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.FromHours(3)), second.PublishedAt);
        Assert.Equal("https://cdn.caspiandaily.example/img/48210.png", second.ImageUrl);
        Assert.Null(second.ContentHtml);
    }

    [Fact]
    public void Reads_atom_entries_with_html_text_and_xhtml_constructs()
    {
        var feed = _parser.Parse(Fixture.Read("Feeds/atom-basic.xml"), new Uri("https://monitor.example/atom.xml"));

        Assert.Equal("Eurasia Monitor", feed.Title);
        Assert.Equal("https://monitor.example/", feed.SiteUrl);
        var first = feed.Items[0];
        Assert.Equal("Uzbekistan & Azerbaijan forge $1B trade vision", first.Title);
        Assert.Equal("tag:monitor.example,2026:entry-901", first.Guid);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 9, 30, 0, TimeSpan.FromHours(5)), first.PublishedAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 11, 0, 0, TimeSpan.FromHours(5)), first.UpdatedAt);
        Assert.Equal("Dilnoza Karimova", first.Author);
        Assert.Equal("Mirziyoyev arrived in Baku for a state visit &amp; talks.", first.SummaryHtml);
        Assert.Equal("<p>President Shavkat Mirziyoyev arrived in Baku on a state visit.</p>", first.ContentHtml);
        Assert.Equal("https://monitor.example/media/901-thumb.jpg", first.ImageUrl);

        var second = feed.Items[1];
        Assert.Equal("https://monitor.example/2026/11/21/peace-deal-kyrgyzstan", second.Url);
        Assert.Equal("<p>Kyrgyzstan has <strong>offered</strong> to host the signing.</p>", second.SummaryHtml);
        Assert.Equal(second.UpdatedAt, second.PublishedAt);
        Assert.Equal("Eurasia Monitor Staff", second.Author);
        Assert.Equal("https://monitor.example/media/900.jpg", second.ImageUrl);
    }

    [Fact]
    public void Reads_rss1_rdf_items_beside_the_channel()
    {
        var feed = _parser.Parse(Fixture.Read("Feeds/rdf-basic.xml"), new Uri("https://steppe-wire.example/rss"));

        Assert.Equal("Steppe Wire", feed.Title);
        Assert.Equal(2, feed.Items.Count);
        var first = feed.Items[0];
        Assert.Equal("https://steppe-wire.example/story/7781", first.Guid);
        Assert.Equal("Tajikistan opens new hydro unit at Rogun", first.Title);
        Assert.Equal("Farrukh Saidov", first.Author);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 7, 20, 0, TimeSpan.FromHours(5)), first.PublishedAt);
        Assert.Equal("<p>The law was passed in a third reading.</p>", feed.Items[1].ContentHtml);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero), feed.Items[1].PublishedAt);
    }

    [Theory]
    [InlineData("Feeds/rss2-basic.xml", FeedFormat.Rss)]
    [InlineData("Feeds/atom-basic.xml", FeedFormat.Atom)]
    [InlineData("Feeds/rdf-basic.xml", FeedFormat.Rdf)]
    [InlineData("Feeds/rss-bom-leading-whitespace.xml", FeedFormat.Rss)]
    [InlineData("Feeds/html-error-page.html", FeedFormat.Html)]
    [InlineData("Feeds/not-xml.txt", FeedFormat.Unknown)]
    [InlineData("Feeds/sitemap-news.xml", FeedFormat.Sitemap)]
    [InlineData("Feeds/sitemap-index.xml", FeedFormat.SitemapIndex)]
    [InlineData("Listings/anewz-category.html", FeedFormat.Html)]
    public void Detects_the_document_format_from_its_root_element(string fixture, FeedFormat expected)
    {
        Assert.Equal(expected, FeedFormatDetector.Detect(Fixture.Read(fixture)));
    }
}
