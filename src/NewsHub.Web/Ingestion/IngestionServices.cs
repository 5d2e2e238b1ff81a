using NewsHub.Web.Ingestion.Scheduling;

namespace NewsHub.Web.Ingestion;

public static class IngestionServices
{
    /// <summary>The pipeline's parts (also used by `scrape` and "test this source").</summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services)
    {
        services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<HttpValidators>();
        services.AddSingleton<SourceDiscovery>();
        services.AddSingleton<ArticleStore>();
        services.AddSingleton<ArticleIngester>();
        services.AddSingleton<IngestionPipeline>();
        services.AddSingleton<SourceLeaser>();
        return services;
    }

    /// <summary>The background worker (role all or scraper).</summary>
    public static IServiceCollection AddScraperWorker(this IServiceCollection services) => services.AddHostedService<ScraperWorker>();
}
