using Microsoft.Extensions.DependencyInjection;
using NewsHub.Web.Ingestion.Parsing;

namespace NewsHub.Tests.Ingestion.Parsing;

public class ParsingServicesTests
{
    [Fact]
    public void Registers_each_parser_as_one_shared_instance()
    {
        using var provider = new ServiceCollection().AddParsing().BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<FeedParser>(), provider.GetRequiredService<FeedParser>());
        Assert.Same(provider.GetRequiredService<ListingParser>(), provider.GetRequiredService<ListingParser>());
        Assert.Same(provider.GetRequiredService<SitemapParser>(), provider.GetRequiredService<SitemapParser>());
    }

    [Fact]
    public async Task Parsers_give_the_same_results_when_shared_between_threads()
    {
        var feedParser = new FeedParser();
        var listingParser = new ListingParser();
        var feed = Fixture.Read("Feeds/rss2-basic.xml");
        var listing = Fixture.Read("Listings/anewz-category.html");
        var feedUrl = new Uri("https://caspiandaily.example/feed/");
        var pageUrl = new Uri("https://anewz.example/caucasus");
        var expectedFeed = feedParser.Parse(feed, feedUrl).Items.Select(i => i.Guid).ToList();
        var expectedLinks = listingParser.Parse(listing, pageUrl, null).Links.Select(l => l.Url).ToList();

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() =>
            (Feed: feedParser.Parse(feed, feedUrl).Items.Select(i => i.Guid).ToList(),
             Links: listingParser.Parse(listing, pageUrl, null).Links.Select(l => l.Url).ToList()))));

        Assert.All(results, r =>
        {
            Assert.Equal(expectedFeed, r.Feed);
            Assert.Equal(expectedLinks, r.Links);
        });
    }
}
