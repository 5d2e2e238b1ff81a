using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsHub.Web.Ingestion.Fetching;

namespace NewsHub.Tests.Ingestion.Fetching;

public class FetchingServicesTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddFetching(configuration).BuildServiceProvider();
    }

    [Fact]
    public void Settings_are_bound_from_the_fetching_section()
    {
        using var services = Build(new()
        {
            ["NewsHub:Fetching:Timeout"] = "00:00:07",
            ["NewsHub:Fetching:MaxBytes"] = "1048576",
            ["NewsHub:Fetching:MaxRedirects"] = "2",
            ["NewsHub:Fetching:RespectRobotsTxt"] = "false",
            ["NewsHub:Fetching:UserAgent"] = "NewsHubStaging/1.0 (+https://staging.example)",
        });

        var options = services.GetRequiredService<IOptions<FetchOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(7), options.Timeout);
        Assert.Equal(1_048_576, options.MaxBytes);
        Assert.Equal(2, options.MaxRedirects);
        Assert.False(options.RespectRobotsTxt);
        Assert.Equal("NewsHubStaging", options.RobotsProductToken);
        Assert.NotNull(services.GetRequiredService<SourceFetcher>());
    }

    [Fact]
    public void Invalid_settings_are_refused_with_the_reason()
    {
        using var services = Build(new() { ["NewsHub:Fetching:MaxRedirects"] = "-1" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<FetchOptions>>().Value);
        Assert.Contains("MaxRedirects", error.Message);
    }
}
