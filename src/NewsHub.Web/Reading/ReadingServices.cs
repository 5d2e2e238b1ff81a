using Microsoft.AspNetCore.OutputCaching;

namespace NewsHub.Web.Reading;

public static class ReadingServices
{
    /// <summary>Anonymous reader pages: cached, and evicted by tag when articles or curation change.</summary>
    public const string PublicPagePolicy = "public-page";
    public const string ContentTag = "content";

    public static IServiceCollection AddReading(this IServiceCollection services)
    {
        services.AddScoped<StoryCards>();
        services.AddScoped<StoryListings>();
        services.AddScoped<FrontPage>();
        services.AddScoped<Search.ArticleSearch>();
        services.AddSingleton<ContentChanges>();
        services.AddOptions<ReadingOptions>().BindConfiguration(ReadingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PageDataCache>();
        services.AddOutputCache(o =>
        {
            // Pages are stored compressed (15 KB for the home page); 32 MB holds thousands of them and keeps the server
            // within its memory budget when odd query strings fill the cache with one-off entries (48 MB reached 518 MB
            // peak at 1M articles with signed-in readers' pages made beside).
            o.SizeLimit = 32 * 1024 * 1024;
            o.AddPolicy(PublicPagePolicy, b => b
                .Expire(TimeSpan.FromMinutes(5))
                .SetVaryByQuery("*")
                .SetVaryByHeader("Accept-Encoding")
                // A page made before a content change but stored after the eviction (the store follows the response)
                // would otherwise be served for its whole lifetime; keyed by the generation, it is never found.
                .VaryByValue(context => new KeyValuePair<string, string>("generation", context.RequestServices.GetRequiredService<PageDataCache>().Generation))
                .Tag(ContentTag)
                .AddPolicy<ArticlePageTagPolicy>());
        });
        return services;
    }

    /// <summary>Web role only: keeps this instance's page cache in step with the database.</summary>
    public static IServiceCollection AddContentChangeListener(this IServiceCollection services) =>
        services.AddHostedService<ContentChangeListener>();
}
