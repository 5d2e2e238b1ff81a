using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Model;

namespace NewsHub.IntegrationTests.Sources;

public sealed class SourceTestingTests(SourcesFixture app) : IClassFixture<SourcesFixture>
{
    [Fact]
    public async Task Testing_a_feed_shows_what_would_be_extracted_and_saves_nothing()
    {
        var response = await app.Editor.PostFormAsync("/editor/sources/new", "/editor/sources/test", new()
        {
            ["Kind"] = "Feed", ["Url"] = app.DemoFeed.AbsoluteUri, ["Name"] = "Caspian Daily", ["PollIntervalMinutes"] = "30", ["PageLimit"] = "1",
        });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        Assert.Contains("Test results", html, StringComparison.Ordinal);
        Assert.Contains("articles found.", html, StringComparison.Ordinal);
        Assert.Equal(5, System.Text.RegularExpressions.Regex.Matches(html, "class=\"test-item\"").Count);
        // The newest demo article, as the extractor reads its page: headline, byline, the first paragraph, the tagger's countries.
        Assert.Contains("Georgia and the U.S. hold a rare high-level meeting in Washington", html, StringComparison.Ordinal);
        Assert.Contains("Farid Guliyev", html, StringComparison.Ordinal);
        Assert.Contains("Officials from both sides described the meeting as a chance to review relations", html, StringComparison.Ordinal);
        Assert.Matches(@"<dt>Countries</dt><dd>[^<]*Georgia[^<]*</dd>", html);
        Assert.Matches(@"<dt>Regions</dt><dd>[^<]*South Caucasus[^<]*</dd>", html);
        // The form is still filled in, ready to save.
        Assert.Contains($"value=\"{app.DemoFeed.AbsoluteUri}\"", html, StringComparison.Ordinal);

        await using var db = app.CreateDbContext();
        Assert.Equal(0, await db.Sources.CountAsync());
        Assert.Equal(0, await db.Articles.CountAsync());
        Assert.Equal(0, await db.HttpCache.CountAsync());
    }

    [Fact]
    public async Task Testing_a_listing_with_its_selectors_and_an_unreachable_address()
    {
        var listing = await app.Editor.PostFormAsync("/editor/sources/new", "/editor/sources/test", new()
        {
            ["Kind"] = "Listing", ["Url"] = app.DemoListing.AbsoluteUri, ["Name"] = "Steppe Times", ["PollIntervalMinutes"] = "30", ["PageLimit"] = "1",
        });
        var html = WebUtility.HtmlDecode(await listing.Content.ReadAsStringAsync());
        Assert.Contains("6 articles found.", html, StringComparison.Ordinal);

        var missing = await app.Editor.PostFormAsync("/editor/sources/new", "/editor/sources/test", new()
        {
            ["Kind"] = "Feed", ["Url"] = app.Demo.Url("demo/caspian-daily/no-such-feed.xml").AbsoluteUri, ["Name"] = "Nowhere", ["PollIntervalMinutes"] = "30", ["PageLimit"] = "1",
        });
        html = WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync());
        Assert.Contains("class=\"notice notice--error test-report__error\"", html, StringComparison.Ordinal);
        Assert.Contains("404", html, StringComparison.Ordinal);
    }
}
