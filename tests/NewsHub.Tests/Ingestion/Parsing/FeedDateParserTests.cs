using NewsHub.Web.Ingestion.Parsing;

namespace NewsHub.Tests.Ingestion.Parsing;

public class FeedDateParserTests
{
    [Theory]
    [InlineData("Sat, 22 Nov 2026 10:00:00 GMT", "2026-11-22T10:00:00+00:00")]
    [InlineData("Sat, 22 Nov 2026 10:00:00 +0000", "2026-11-22T10:00:00+00:00")]
    [InlineData("Sat, 22 Nov 2026 10:00:00 -0500", "2026-11-22T10:00:00-05:00")]
    [InlineData("Sat, 22 Nov 2026 10:00:00 EST", "2026-11-22T10:00:00-05:00")]
    [InlineData("Sat, 22 Nov 2026 10:00:00 PDT", "2026-11-22T10:00:00-07:00")]
    [InlineData("Sat, 22 Nov 2026 10:00:00 +03", "2026-11-22T10:00:00+03:00")]
    [InlineData("Sat, 22 Nov 2026 10:00:00 GMT+3", "2026-11-22T10:00:00+03:00")]
    [InlineData("Sat, 22 Nov 2026 10:00 +0500", "2026-11-22T10:00:00+05:00")]
    [InlineData("Thu, 22 Nov 2026 10:00:00 GMT", "2026-11-22T10:00:00+00:00")]
    [InlineData("Saturday, 22-Nov-26 10:00:00 UTC", "2026-11-22T10:00:00+00:00")]
    [InlineData("22 Nov 2026 10:00", "2026-11-22T10:00:00+00:00")]
    [InlineData("November 22, 2026 10:05 PM", "2026-11-22T22:05:00+00:00")]
    [InlineData("2026-11-22T10:00:00Z", "2026-11-22T10:00:00+00:00")]
    [InlineData("2026-11-22T10:00:00.123+04:00", "2026-11-22T10:00:00+04:00")]
    [InlineData("2026-11-22T10:00:00", "2026-11-22T10:00:00+00:00")]
    [InlineData("2026-11-22 10:00:00", "2026-11-22T10:00:00+00:00")]
    [InlineData("2026-11-22", "2026-11-22T00:00:00+00:00")]
    [InlineData("22.11.2026 10:00", "2026-11-22T10:00:00+00:00")]
    [InlineData("11/22/2026", "2026-11-22T00:00:00+00:00")]
    [InlineData("22 ноября 2026, 10:00", "2026-11-22T10:00:00+00:00")]
    [InlineData("22 Kasım 2026 10:00", "2026-11-22T10:00:00+00:00")]
    [InlineData("Mi, 22. Okt. 2026 10:00:00 +0200", "2026-10-22T10:00:00+02:00")]
    [InlineData("mar., 22 nov. 2026 10:00:00 +0100", "2026-11-22T10:00:00+01:00")]
    [InlineData("Tue, 22 Mar 2026 10:00:00 GMT", "2026-03-22T10:00:00+00:00")]
    [InlineData("22 de noviembre de 2026", "2026-11-22T00:00:00+00:00")]
    public void Reads_real_world_date_formats(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedDateParser.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a date")]
    [InlineData("31 Feb 2026 10:00")]
    [InlineData("Sat, 22 Nov 2026 25:00:00 GMT")]
    [InlineData("2 hours ago")]
    public void Returns_null_for_text_that_is_not_a_date(string? text)
    {
        Assert.Null(FeedDateParser.Parse(text));
    }
}
