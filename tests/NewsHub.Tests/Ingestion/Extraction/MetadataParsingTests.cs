using NewsHub.Web.Ingestion.Extraction;

namespace NewsHub.Tests.Ingestion.Extraction;

public class MetadataParsingTests
{
    [Theory]
    [InlineData("2019-11-18T10:04:00+00:00", "2019-11-18T10:04:00Z")]
    [InlineData("2019-11-18T10:04:00-0500", "2019-11-18T15:04:00Z")]
    [InlineData("2019-11-18T10:04:00Z", "2019-11-18T10:04:00Z")]
    [InlineData("2019-11-18", "2019-11-18T00:00:00Z")]
    [InlineData("Mon, 18 Nov 2019 10:04:00 GMT", "2019-11-18T10:04:00Z")]
    [InlineData("1574071440", "2019-11-18T10:04:00Z")]
    [InlineData("5 February 2026 14:30", "2026-02-05T14:30:00Z")]
    [InlineData("Published November 20th, 2019 - 07:50 GMT", "2019-11-20T07:50:00Z")]
    [InlineData("Posted: Fri 6:45 PM, Feb 16, 2018", "2018-02-16T00:00:00Z")]
    [InlineData("18.11.2019 09:30", "2019-11-18T09:30:00Z")]
    public void Parses_news_page_dates_to_utc(string value, string expected)
    {
        var parsed = DateValueParser.Parse(value);

        Assert.NotNull(parsed);
        Assert.Equal(TimeSpan.Zero, parsed.Value.Offset);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("31 February 2019")]
    [InlineData("1890-01-01")]
    public void Rejects_values_that_are_not_plausible_dates(string value) => Assert.Null(DateValueParser.Parse(value));

    [Fact]
    public void Finds_the_date_in_a_url_path() =>
        Assert.Equal(new DateTimeOffset(2019, 11, 18, 0, 0, 0, TimeSpan.Zero), DateValueParser.FromUrl(new Uri("https://example.com/2019/11/18/story-slug/")));

    [Theory]
    [InlineData("Caspian talks resume | AnewZ", "AnewZ", "anewz.tv", "Caspian talks resume")]
    [InlineData("AnewZ - Caspian talks resume", "AnewZ", "anewz.tv", "Caspian talks resume")]
    [InlineData("Budget vote: what changes - Example News", null, "examplenews.com", "Budget vote: what changes")]
    [InlineData("Rock - paper - scissors champion crowned", null, "games.org", "Rock - paper - scissors champion crowned")]
    public void Strips_the_site_name_from_titles(string title, string? siteName, string host, string expected) =>
        Assert.Equal(expected, TitleCleaner.StripSiteName(title, siteName, host));

    [Theory]
    [InlineData("By Justine Coleman - 11/18/19 11:04 PM EST", "Justine Coleman")]
    [InlineData("Written by Ann Lee, ann@example.com", "Ann Lee")]
    [InlineData("Автор: Иван Петров", "Иван Петров")]
    [InlineData("Mike Wuerthele and Malcolm Owen", "Mike Wuerthele and Malcolm Owen")]
    public void Cleans_bylines_to_names(string raw, string expected) => Assert.Equal(expected, BylineCleaner.Clean(raw));

    [Fact]
    public void Rejects_urls_as_bylines() => Assert.Null(BylineCleaner.Clean("https://www.facebook.com/someone"));
}
