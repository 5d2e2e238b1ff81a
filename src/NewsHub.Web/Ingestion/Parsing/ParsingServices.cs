namespace NewsHub.Web.Ingestion.Parsing;

public static class ParsingServices
{
    /// <summary>The feed, listing and sitemap parsers: stateless, so one shared instance each.</summary>
    public static IServiceCollection AddParsing(this IServiceCollection services)
    {
        services.AddSingleton<FeedParser>();
        services.AddSingleton<ListingParser>();
        services.AddSingleton<SitemapParser>();
        return services;
    }
}
