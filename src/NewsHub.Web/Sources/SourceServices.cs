using NewsHub.Web.DemoSite;
using NewsHub.Web.Hosting;

namespace NewsHub.Web.Sources;

public static class SourceServices
{
    public static IServiceCollection AddSources(this IServiceCollection services)
    {
        services.AddOptions<SourceRegistrationOptions>().BindConfiguration(SourceRegistrationOptions.Section);
        services.AddScoped<IStartupTask, SourceRegistrar>();
        // The editors' source pages (/editor/sources).
        services.AddScoped<SourceEditor>();
        services.AddScoped<SourceHealth>();
        services.AddScoped<SourceRuns>();
        services.AddScoped<OpmlImporter>();
        services.AddSingleton<SourceTester>();
        services.AddSingleton<SourceRunQueue>();
        services.AddHostedService<SourceRunWorker>();
        return services;
    }

    /// <summary>The bundled demo outlets, served under /demo when enabled.</summary>
    public static IEndpointRouteBuilder MapDemoSiteWhenEnabled(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetRequiredService<IConfiguration>().GetValue($"{SourceRegistrationOptions.Section}:RegisterDemo", true))
            app.MapDemoSite();
        return app;
    }
}
