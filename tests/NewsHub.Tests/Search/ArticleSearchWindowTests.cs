using NewsHub.Web.Search;

namespace NewsHub.Tests.Search;

public sealed class ArticleSearchWindowTests
{
    [Theory]
    [InlineData(500, 2.5025)]     // half the matches needed: a bit more than double
    [InlineData(100, 12.5125)]    // a tenth: x12.5
    [InlineData(1000, 2)]         // almost full: never less than double
    public void The_next_window_aims_for_the_cap_with_a_margin(int matches, double growth)
    {
        Assert.Equal(growth, ArticleSearch.WindowGrowth(matches), 4);
    }

    [Fact]
    public void One_match_or_none_cannot_send_a_search_across_the_whole_archive_at_once()
    {
        Assert.Equal(256, ArticleSearch.WindowGrowth(1));
        Assert.Equal(64, ArticleSearch.WindowGrowth(0));
    }
}
