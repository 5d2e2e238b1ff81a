using NewsHub.Web.Ingestion.Fetching;

namespace NewsHub.Tests.Ingestion.Fetching;

public class RobotsRulesTests
{
    private static bool Allowed(string robots, string pathAndQuery, string token = "NewsHub") =>
        RobotsRules.Parse(robots, token).IsAllowed(new Uri("https://news.example" + pathAndQuery));

    [Fact]
    public void Empty_file_allows_everything()
    {
        Assert.True(Allowed("", "/anything"));
    }

    [Fact]
    public void Star_group_applies_when_no_group_names_us()
    {
        const string robots = "User-agent: *\nDisallow: /private/\n";
        Assert.False(Allowed(robots, "/private/page"));
        Assert.True(Allowed(robots, "/public/page"));
    }

    [Fact]
    public void Our_group_replaces_the_star_group()
    {
        const string robots = """
            User-agent: *
            Disallow: /

            User-agent: newshub
            Disallow: /admin
            """;
        Assert.True(Allowed(robots, "/news/1"));
        Assert.False(Allowed(robots, "/admin/x"));
        Assert.False(Allowed(robots, "/news/1", token: "OtherBot"));
    }

    [Fact]
    public void Consecutive_user_agent_lines_share_one_group()
    {
        const string robots = "User-agent: Googlebot\nUser-agent: NewsHub/1.0\nDisallow: /drafts\n\nUser-agent: *\nDisallow: /\n";
        Assert.False(Allowed(robots, "/drafts/a"));
        Assert.True(Allowed(robots, "/news"));
    }

    [Fact]
    public void Groups_naming_us_twice_are_merged()
    {
        const string robots = "User-agent: NewsHub\nDisallow: /a\n\nUser-agent: Other\nDisallow: /\n\nUser-agent: NewsHub\nDisallow: /b\n";
        Assert.False(Allowed(robots, "/a"));
        Assert.False(Allowed(robots, "/b"));
        Assert.True(Allowed(robots, "/c"));
    }

    [Fact]
    public void Longest_match_wins_and_allow_wins_a_tie()
    {
        const string robots = "User-agent: *\nDisallow: /news\nAllow: /news/public\nAllow: /same\nDisallow: /same\n";
        Assert.False(Allowed(robots, "/news/secret"));
        Assert.True(Allowed(robots, "/news/public/1"));
        Assert.True(Allowed(robots, "/same"));
    }

    [Fact]
    public void Wildcards_and_end_anchor_match()
    {
        const string robots = "User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?print=\nDisallow: /tag/*/feed\n";
        Assert.False(Allowed(robots, "/files/report.pdf"));
        Assert.True(Allowed(robots, "/files/report.pdf?download=1"));
        Assert.False(Allowed(robots, "/story/1?print=yes"));
        Assert.True(Allowed(robots, "/story/1?page=2"));
        Assert.False(Allowed(robots, "/tag/sport/feed/"));
        Assert.True(Allowed(robots, "/tag/sport/"));
    }

    [Fact]
    public void Empty_disallow_allows_everything()
    {
        Assert.True(Allowed("User-agent: *\nDisallow:\n", "/x"));
    }

    [Fact]
    public void Paths_are_case_sensitive()
    {
        Assert.True(Allowed("User-agent: *\nDisallow: /Private\n", "/private"));
    }

    [Fact]
    public void Non_ascii_patterns_match_percent_encoded_urls()
    {
        const string robots = "User-agent: *\nDisallow: /città/\nDisallow: /caf%c3%a9\n";
        Assert.False(Allowed(robots, "/citt%C3%A0/roma"));
        Assert.False(Allowed(robots, "/café"));
    }

    [Fact]
    public void Robots_txt_itself_is_always_allowed()
    {
        Assert.True(Allowed("User-agent: *\nDisallow: /\n", "/robots.txt"));
    }

    [Fact]
    public void Comments_blank_lines_crlf_and_unknown_lines_are_ignored()
    {
        const string robots = "\uFEFF# hello\r\nUser-agent: * # everyone\r\nNoindex: /x\r\nHost: example.com\r\n\r\nDisallow: /tmp # scratch\r\n";
        Assert.False(Allowed(robots, "/tmp/1"));
        Assert.True(Allowed(robots, "/x"));
    }

    [Fact]
    public void Rules_before_any_user_agent_are_ignored()
    {
        Assert.True(Allowed("Disallow: /\nUser-agent: *\nAllow: /\n", "/page"));
    }

    [Fact]
    public void Crawl_delay_of_the_chosen_group_is_read()
    {
        var rules = RobotsRules.Parse("User-agent: *\nCrawl-delay: 2.5\n\nUser-agent: NewsHub\nCrawl-delay: 7\nDisallow: /x\n", "NewsHub");
        Assert.Equal(TimeSpan.FromSeconds(7), rules.CrawlDelay);
        Assert.Equal(TimeSpan.FromSeconds(2.5), RobotsRules.Parse("User-agent: *\nCrawl-delay: 2.5\n", "NewsHub").CrawlDelay);
        Assert.Null(RobotsRules.Parse("User-agent: *\nCrawl-delay: soon\n", "NewsHub").CrawlDelay);
    }

    [Fact]
    public void Sitemaps_are_collected()
    {
        var rules = RobotsRules.Parse("Sitemap: https://news.example/sitemap.xml\nUser-agent: *\nDisallow:\nSitemap: https://news.example/news.xml\n", "NewsHub");
        Assert.Equal(["https://news.example/sitemap.xml", "https://news.example/news.xml"], rules.Sitemaps);
    }

    [Fact]
    public void Pathological_wildcards_finish_quickly()
    {
        var robots = "User-agent: *\nDisallow: /" + string.Concat(Enumerable.Repeat("*a", 30)) + "b$\n";
        var path = "/" + new string('a', 2000);
        Assert.True(Allowed(robots, path));
    }
}
