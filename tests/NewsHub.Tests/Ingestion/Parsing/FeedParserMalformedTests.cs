using NewsHub.Web.Ingestion.Parsing;

namespace NewsHub.Tests.Ingestion.Parsing;

/// <summary>One test per way real feeds break the rules; each reads a named fixture.</summary>
public class FeedParserMalformedTests
{
    private readonly FeedParser _parser = new();

    private ParsedFeed Parse(string fixture, string feedUrl = "https://feed.example/rss") =>
        _parser.Parse(Fixture.Read("Feeds/" + fixture), new Uri(feedUrl));

    [Fact]
    public void Keeps_items_with_undeclared_html_entities_and_decodes_them()
    {
        var feed = Parse("rss-html-entities.xml");

        Assert.Equal("Kavkaz Uzel — Новости", feed.Title);
        var item = Assert.Single(feed.Items);
        Assert.Equal("«Peace is near» — Baku & Yerevan meet again", item.Title);
        Assert.Equal("https://kavkaz.example/articles/401122?utm_source=rss&section=caucasus", item.Url);
        Assert.Contains("Talks resumed … R&D funds © 2026 &bogus; entity", item.SummaryHtml);
    }

    [Fact]
    public void Ignores_a_byte_order_mark_and_whitespace_before_the_declaration()
    {
        var content = Fixture.Read("Feeds/rss-bom-leading-whitespace.xml");
        Assert.StartsWith("\uFEFF", content);

        var feed = _parser.Parse(content, new Uri("https://bom.example/feed"));

        Assert.Equal("Item after a BOM", Assert.Single(feed.Items).Title);
    }

    [Fact]
    public void Skips_a_php_warning_printed_before_the_declaration()
    {
        var feed = Parse("rss-php-warning-before-declaration.xml");

        Assert.Equal("Still readable", Assert.Single(feed.Items).Title);
    }

    [Fact]
    public void Reads_nonstandard_dates_and_leaves_unreadable_ones_empty()
    {
        var dates = Parse("rss-bad-dates.xml").Items.ToDictionary(i => i.Title!, i => i.PublishedAt);

        Assert.Equal(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(-5)), dates["named zone"]);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(3)), dates["short offset"]);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(-7)), dates["no seconds"]);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero), dates["wrong day name"]);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero), dates["iso without zone"]);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero), dates["no day name no zone"]);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero), dates["russian month"]);
        Assert.Null(dates["garbage"]);
    }

    [Fact]
    public void Strips_tags_and_decodes_entities_in_titles()
    {
        var feed = Parse("rss-html-in-titles.xml");

        Assert.Equal("Bold Channel", feed.Title);
        Assert.Equal(
            ["EXCLUSIVE: Pipeline deal & its critics", "Analysis: What 5 < 6 means for OPEC+", "Double & escaped \"title\""],
            feed.Items.Select(i => i.Title));
    }

    [Fact]
    public void Falls_back_to_the_link_then_to_a_title_and_date_hash_when_guids_are_missing()
    {
        var items = Parse("rss-missing-guids.xml").Items;

        Assert.Equal(3, items.Count); // the item without any link cannot be shown and is skipped
        Assert.Equal("https://noguid.example/news/has-only-a-link", items[0].Guid);
        Assert.StartsWith("sha256:", items[1].Guid);
        Assert.StartsWith("sha256:", items[2].Guid);
        Assert.NotEqual(items[1].Guid, items[2].Guid);
        Assert.Equal(items[1].Guid, Parse("rss-missing-guids.xml").Items[1].Guid); // stable between fetches
        Assert.Equal("https://noguid.example/live", items[1].Url);
    }

    [Fact]
    public void Resolves_relative_links_against_xml_base_then_the_channel_link()
    {
        var items = Parse("rss-relative-links.xml", "https://feeds.cdn.example/relative.xml").Items;

        Assert.Equal("https://www.relative.example/en/news/root-relative-story", items[0].Url);
        Assert.Equal("https://www.relative.example/img/thumb-1.jpg", items[0].ImageUrl);
        Assert.Equal("https://www.relative.example/en/news/document-relative-story", items[1].Url);
        Assert.Equal("https://archive.relative.example/2025/old-story.html", items[2].Url);
    }

    [Fact]
    public void Resolves_relative_links_against_the_feed_url_when_the_channel_has_no_link()
    {
        var item = Assert.Single(Parse("rss-relative-links-no-channel-link.xml", "https://site.example/feeds/main/rss.xml").Items);

        Assert.Equal("https://site.example/feeds/stories/resolved-against-feed-url", item.Url);
    }

    [Fact]
    public void Resolves_nested_atom_xml_base()
    {
        var feed = Parse("atom-xml-base.xml", "https://blog.example/atom");

        Assert.Equal("https://blog.example/journal/", feed.SiteUrl);
        Assert.Equal("https://blog.example/journal/2026/nested-base-entry", Assert.Single(feed.Items).Url);
    }

    [Fact]
    public void Accepts_well_known_prefixes_used_without_a_namespace_declaration()
    {
        var item = Assert.Single(Parse("rss-undeclared-prefix.xml").Items);

        Assert.Equal("Murat Yılmaz", item.Author);
        Assert.Equal("https://sloppy.example/i/55.jpg", item.ImageUrl);
    }

    [Fact]
    public void Finds_images_in_media_groups_thumbnails_enclosures_and_content()
    {
        var images = Parse("rss-images.xml").Items.Select(i => i.ImageUrl).ToList();

        Assert.Equal(
            ["https://img.example/i/1.webp", "https://img.example/i/2-thumb.jpg", null, "https://img.example/wp-content/uploads/4.jpg"],
            images);
    }

    [Fact]
    public void Reports_an_html_error_page_clearly()
    {
        var ex = Assert.Throws<FeedParseException>(() => Parse("html-error-page.html", "https://down.example/feed"));

        Assert.Contains("https://down.example/feed", ex.Message);
        Assert.Contains("HTML page titled \"503 Service Temporarily Unavailable\"", ex.Message);
    }

    [Fact]
    public void Reports_plain_text_as_not_xml()
    {
        var ex = Assert.Throws<FeedParseException>(() => Parse("not-xml.txt"));

        Assert.Contains("not XML: it begins with \"upstream connect error", ex.Message);
    }

    [Fact]
    public void Reports_truncated_xml_with_its_position()
    {
        var ex = Assert.Throws<FeedParseException>(() => Parse("broken-xml.xml"));

        Assert.Contains("not well-formed XML (line", ex.Message);
    }

    [Fact]
    public void Rejects_an_xml_document_that_is_not_a_feed()
    {
        var ex = Assert.Throws<FeedParseException>(() => _parser.Parse("<config><a/></config>", new Uri("https://x.example/")));

        Assert.Contains("root element is <config>", ex.Message);
    }
}
