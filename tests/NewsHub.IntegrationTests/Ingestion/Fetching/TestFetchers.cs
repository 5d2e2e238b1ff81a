using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsHub.Web.Ingestion.Fetching;

namespace NewsHub.IntegrationTests.Ingestion.Fetching;

/// <summary>Fetchers with tiny timeouts, no politeness pause and millisecond backoff, so the suite runs in seconds.</summary>
internal static class TestFetchers
{
    public static SourceFetcher Create(Action<FetchOptions>? configure = null, TimeProvider? time = null)
    {
        var options = new FetchOptions
        {
            ConnectTimeout = TimeSpan.FromSeconds(2),
            Timeout = TimeSpan.FromSeconds(5),
            PerHostDelay = TimeSpan.Zero,
            MaxRetries = 2,
            RetryBaseDelay = TimeSpan.FromMilliseconds(10),
            MaxRetryDelay = TimeSpan.FromMilliseconds(50),
        };
        configure?.Invoke(options);
        var validation = new FetchOptionsValidator().Validate(null, options);
        Assert.True(validation.Succeeded, validation.FailureMessage);
        return new SourceFetcher(Options.Create(options), time ?? TimeProvider.System, NullLogger<SourceFetcher>.Instance);
    }
}
