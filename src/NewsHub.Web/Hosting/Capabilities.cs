using NewsHub.Web.Comments;
using NewsHub.Web.Moderation;

namespace NewsHub.Web.Hosting;

/// <summary>The composition root's list of capabilities: one line each.</summary>
public static class Capabilities
{
    /// <summary>Services used by the web front end, the scrapers and the command-line verbs alike.</summary>
    public static IServiceCollection AddNewsHubCapabilities(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddNewsHubComments(configuration).AddNewsHubModeration();
        return services;
    }

    /// <summary>The background scrapers (role all or scraper).</summary>
    public static IServiceCollection AddNewsHubScrapers(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }
}
