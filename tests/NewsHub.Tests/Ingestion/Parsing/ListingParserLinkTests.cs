using NewsHub.Web.Ingestion.Parsing;

namespace NewsHub.Tests.Ingestion.Parsing;

public class ListingParserLinkTests
{
    private readonly ListingParser _parser = new();

    private ListingPage Parse(string fixture, string pageUrl, string? selector = null) =>
        _parser.Parse(Fixture.Read("Listings/" + fixture), new Uri(pageUrl), selector);

    [Fact]
    public void Finds_card_teasers_with_truncated_titles_and_summaries_without_a_selector()
    {
        var links = Parse("anewz-category.html", "https://anewz.example/caucasus").Links;

        Assert.Equal(
        [
            "https://anewz.example/caucasus/us-agrees-to-iranian-demand-to-move-nuclear-talks",
            "https://anewz.example/caucasus/iran-us-talks-in-oman-begin-amid-rising-regional-tensions",
            "https://anewz.example/caucasus/flood-danger-rises-as-spain-and-portugal-face-another-storm",
            "https://anewz.example/caucasus/yemeni-separatist-leader-zubaidi-flees-ahead-of-talks",
            "https://anewz.example/caucasus/otc-think-tanks-meet-in-baku",
        ], links.Select(l => l.Url));
        Assert.Equal("U.S. ‘agrees to Iranian demand to move nuclear talks from Türkiye’", links[0].Title);
        Assert.EndsWith("in Oman on Friday (6 Februr...", links[0].Summary);
        Assert.Equal("Iran-U.S. talks in Oman begin amid rising regional tensions", links[1].Title);
        Assert.StartsWith("Iran and the United States are set to hold", links[1].Summary);
        Assert.Equal("Think tanks from the Organization of Turkic States met in Baku to strengthen…", links[4].Title);
        Assert.Null(links[4].Summary);
    }

    [Fact]
    public void Finds_search_results_under_headings_and_skips_menus_and_pagination()
    {
        var links = Parse("timesca-search-results.html", "https://timesca.example/search/?q=Azerbaijan").Links;

        Assert.Equal(6, links.Count);
        Assert.Equal("https://timesca.example/the-turkic-states-are-quietly-building-a-geoeconomic-power-base/", links[0].Url);
        Assert.Equal("The Turkic States Are Quietly Building a Geoeconomic Power Base", links[0].Title);
        Assert.StartsWith("The Organization of Turkic States (OTS) has spent", links[0].Summary);
        Assert.Equal("What Does Turkey’s “Return” to Europe Mean for Central Asia?", links[5].Title);
    }

    [Fact]
    public void Finds_wordpress_archive_posts_and_ignores_tags_authors_share_links_and_sidebar()
    {
        var links = Parse("wordpress-tag-archive.html", "https://www.steppereview.example/tag/kazakhstan/").Links;

        Assert.Equal(
        [
            "https://www.steppereview.example/2026/11/22/tokayev-visit-to-turkiye-ends-with-20-agreements/",
            "https://steppereview.example/2026/11/21/pezeshkian-begins-two-day-visit-to-kazakhstan/",
            "https://www.steppereview.example/2026/11/19/kazakhstan-and-azerbaijan-33-years-of-partnership/",
        ], links.Select(l => l.Url));
        Assert.Equal("Tokayev visit to Türkiye ends with 20 agreements", links[0].Title);
        Assert.Equal("A two-day official visit concluded with the signing of 20 agreements on mining, rare earths, space and logistics.", links[0].Summary);
        Assert.Equal("Pezeshkian begins two-day visit to Kazakhstan", links[1].Title);
    }

    [Fact]
    public void Finds_numeric_id_links_in_an_unstyled_list()
    {
        var links = Parse("plain-list-numeric-ids.html", "https://kabar.example/news/page/2/").Links;

        Assert.Equal(
            ["https://kabar.example/news/48213.html", "https://kabar.example/news/48212.html", "https://kabar.example/news/48211.html", "https://kabar.example/news/48210.html"],
            links.Select(l => l.Url));
        Assert.Equal("Жогорку Кенеш принял закон о СМИ в третьем чтении", links[0].Title);
    }

    [Fact]
    public void Uses_the_selector_when_given_matching_links()
    {
        var links = Parse("plain-list-numeric-ids.html", "https://kabar.example/news/page/2/", "ul.newslist li > a").Links;

        Assert.Equal(4, links.Count);
        Assert.Equal("Погода", links[3].Title);
        Assert.All(links, l => Assert.Null(l.Summary)); // a bare list has no teaser text; neighbours' titles are not one
    }

    [Fact]
    public void Uses_the_selector_when_given_matching_teaser_blocks()
    {
        var links = Parse("anewz-category.html", "https://anewz.example/caucasus", ".news-card").Links;

        Assert.Equal(4, links.Count); // the hero story is not a .news-card
        Assert.Equal("https://anewz.example/caucasus/iran-us-talks-in-oman-begin-amid-rising-regional-tensions", links[0].Url);
        Assert.Equal("Flood danger rises as Spain and Portugal face another storm", links[1].Title);
        Assert.StartsWith("Rivers and reservoirs across Spain", links[1].Summary);
    }

    [Fact]
    public void Selector_results_keep_page_order_and_drop_duplicates()
    {
        var links = Parse("wordpress-tag-archive.html", "https://www.steppereview.example/tag/kazakhstan/", "article a[rel=bookmark], article .more-link").Links;

        Assert.Equal(3, links.Count);
        Assert.Equal("Kazakhstan and Azerbaijan: 33 years of partnership", links[2].Title);
        Assert.StartsWith("On 16 December, Kazakhstan marked", links[2].Summary);
    }

    [Fact]
    public void Rejects_an_invalid_selector_with_a_clear_message()
    {
        var ex = Assert.Throws<ArgumentException>(() => Parse("anewz-category.html", "https://anewz.example/caucasus", "div[[["));

        Assert.Contains("\"div[[[\" is not valid CSS", ex.Message);
    }
}
