namespace NewsHub.Web.Hosting;

public enum NewsHubRole { All, Web, Scraper }

/// <summary>Top-level switches, section "NewsHub".</summary>
public sealed class NewsHubOptions
{
    public const string Section = "NewsHub";
    /// <summary>all (web + scrapers, default), web, or scraper. Also --role on the command line.</summary>
    public NewsHubRole Role { get; set; } = NewsHubRole.All;
    /// <summary>Apply pending migrations at start-up.</summary>
    public bool MigrateOnStart { get; set; } = true;

    public bool RunsWeb => Role is NewsHubRole.All or NewsHubRole.Web;
    public bool RunsScrapers => Role is NewsHubRole.All or NewsHubRole.Scraper;

    public static NewsHubOptions From(IConfiguration configuration)
    {
        var options = new NewsHubOptions();
        configuration.GetSection(Section).Bind(options);
        if (configuration["role"] is { Length: > 0 } role)
            options.Role = Enum.TryParse<NewsHubRole>(role, ignoreCase: true, out var r)
                ? r : throw new StartupException($"Unknown role '{role}': use all, web or scraper.");
        return options;
    }
}
