using NewsHub.Web.Ingestion.Fetching;

namespace NewsHub.Tests.Ingestion.Fetching;

public class FetchOptionsValidatorTests
{
    private static readonly FetchOptionsValidator Validator = new();

    [Fact]
    public void Defaults_are_valid()
    {
        Assert.True(Validator.Validate(null, new FetchOptions()).Succeeded);
    }

    [Fact]
    public void Zero_timeout_negative_delay_and_empty_agent_are_rejected_with_reasons()
    {
        var result = Validator.Validate(null, new FetchOptions { Timeout = TimeSpan.Zero, PerHostDelay = TimeSpan.FromSeconds(-1), UserAgent = " ", MaxBytes = 0 });
        Assert.True(result.Failed);
        var failures = string.Join("\n", result.Failures!);
        Assert.Contains("Timeout", failures);
        Assert.Contains("PerHostDelay", failures);
        Assert.Contains("UserAgent", failures);
        Assert.Contains("MaxBytes", failures);
    }

    [Fact]
    public void Robots_product_token_is_the_user_agent_name()
    {
        Assert.Equal("NewsHub", new FetchOptions().RobotsProductToken);
        Assert.Equal("MyBot", new FetchOptions { UserAgent = "MyBot" }.RobotsProductToken);
    }
}
