using NewsHub.Web.Ingestion.Cleaning;

namespace NewsHub.Web.Ingestion.Extraction;

public static class ExtractionServices
{
    /// <summary>The article extractor and the HTML sanitizer; both are pure, so one instance serves all.</summary>
    public static IServiceCollection AddExtraction(this IServiceCollection services)
    {
        services.AddSingleton<HtmlSanitizer>();
        services.AddSingleton<ArticleExtractor>();
        return services;
    }
}
