using NewsHub.Web.Ingestion.Fetching;

namespace NewsHub.Tests.Ingestion.Fetching;

public class RetryAfterHeaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Seconds_are_read()
    {
        Assert.Equal(TimeSpan.FromSeconds(120), RetryAfterHeader.Delay("120", Now));
    }

    [Fact]
    public void Http_date_becomes_a_delay_from_now()
    {
        Assert.Equal(TimeSpan.FromMinutes(3), RetryAfterHeader.Delay("Sun, 22 Nov 2026 12:03:00 GMT", Now));
    }

    [Fact]
    public void Past_date_means_no_wait()
    {
        Assert.Equal(TimeSpan.Zero, RetryAfterHeader.Delay("Sun, 22 Nov 2026 11:00:00 GMT", Now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-5")]
    [InlineData("soon")]
    public void Missing_or_garbage_is_null(string? value)
    {
        Assert.Null(RetryAfterHeader.Delay(value, Now));
    }

    [Fact]
    public void Absurd_seconds_are_clamped_not_overflowed()
    {
        Assert.Equal(TimeSpan.FromDays(365), RetryAfterHeader.Delay("99999999999999999", Now));
    }
}
