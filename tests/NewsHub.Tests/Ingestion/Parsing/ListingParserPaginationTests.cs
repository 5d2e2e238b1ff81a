using NewsHub.Web.Ingestion.Parsing;

namespace NewsHub.Tests.Ingestion.Parsing;

public class ListingParserPaginationTests
{
    private readonly ListingParser _parser = new();

    private Uri? NextOf(string fixture, string pageUrl) =>
        _parser.Parse(Fixture.Read("Listings/" + fixture), new Uri(pageUrl), null).NextPageUrl;

    [Fact]
    public void Follows_rel_next()
    {
        Assert.Equal(new Uri("https://www.steppereview.example/tag/kazakhstan/page/2/"),
            NextOf("wordpress-tag-archive.html", "https://www.steppereview.example/tag/kazakhstan/"));
    }

    [Fact]
    public void Follows_a_link_classed_next_even_without_text()
    {
        Assert.Equal(new Uri("https://anewz.example/caucasus?page=2"), NextOf("anewz-category.html", "https://anewz.example/caucasus"));
    }

    [Fact]
    public void Follows_a_link_saying_older_stories()
    {
        Assert.Equal(new Uri("https://blog.example/blog?before=2026-11-01"), NextOf("pagination-older-text.html", "https://blog.example/blog"));
    }

    [Fact]
    public void Follows_a_single_arrow_symbol()
    {
        Assert.Equal(new Uri("https://wire.example/archive/p3"), NextOf("pagination-symbol.html", "https://wire.example/archive/p2"));
    }

    [Fact]
    public void Follows_the_page_parameter_to_n_plus_one()
    {
        Assert.Equal(new Uri("https://portal.example/news/?page=3&sort=date"), NextOf("pagination-page-parameter.html", "https://portal.example/news/?page=2&sort=date"));
    }

    [Fact]
    public void Follows_the_page_path_segment_to_n_plus_one()
    {
        Assert.Equal(new Uri("https://kabar.example/news/page/3/"), NextOf("plain-list-numeric-ids.html", "https://kabar.example/news/page/2/"));
    }

    [Fact]
    public void Computes_the_next_offset_from_a_results_count()
    {
        Assert.Equal(new Uri("https://timesca.example/search/?q=Azerbaijan&start=6"),
            NextOf("timesca-search-results.html", "https://timesca.example/search/?q=Azerbaijan"));
    }

    [Fact]
    public void Builds_the_next_page_url_from_a_results_count_when_no_link_points_there()
    {
        Assert.Equal(new Uri("https://timesca.example/azerbaijan/?pg=3"),
            NextOf("timesca-results-page-numbers.html", "https://timesca.example/azerbaijan/?pg=2"));
    }

    [Fact]
    public void Stops_when_the_results_count_is_exhausted()
    {
        Assert.Null(NextOf("timesca-search-results-last.html", "https://timesca.example/search/?q=Azerbaijan&start=72"));
    }

    [Fact]
    public void Stops_on_the_last_numbered_page()
    {
        Assert.Null(NextOf("pagination-last-page.html", "https://portal.example/news/?page=4"));
    }
}
