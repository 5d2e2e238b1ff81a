using NewsHub.Web.Hosting;

namespace NewsHub.Web.Tagging;

public static class TaggingServices
{
    /// <summary>The gazetteer and tagger (singletons: loaded once, thread-safe) and the geography seeding task.</summary>
    public static IServiceCollection AddTagging(this IServiceCollection services)
    {
        services.AddSingleton(_ => Gazetteer.Load());
        services.AddSingleton<ArticleTagger>();
        services.AddSingleton<ArticleTagWriter>();
        services.AddScoped<IStartupTask, GeographySeeder>();
        return services;
    }
}
