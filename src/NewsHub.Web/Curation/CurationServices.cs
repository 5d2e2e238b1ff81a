namespace NewsHub.Web.Curation;

public static class CurationServices
{
    /// <summary>The editors' front-page composer and article corrections (/editor).</summary>
    public static IServiceCollection AddCuration(this IServiceCollection services)
    {
        services.AddScoped<FrontPageComposer>();
        services.AddScoped<ArticleCuration>();
        services.AddScoped<ArticleFinder>();
        services.AddScoped<ArticleDesk>();
        return services;
    }
}
