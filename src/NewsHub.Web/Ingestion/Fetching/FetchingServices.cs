using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace NewsHub.Web.Ingestion.Fetching;

public static class FetchingServices
{
    /// <summary>The shared <see cref="SourceFetcher"/>, configured from "NewsHub:Fetching" and validated on start.</summary>
    public static IServiceCollection AddFetching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FetchOptions>().Bind(configuration.GetSection(FetchOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FetchOptions>, FetchOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SourceFetcher>();
        return services;
    }
}
