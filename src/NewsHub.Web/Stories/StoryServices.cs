namespace NewsHub.Web.Stories;

public static class StoryServices
{
    /// <summary>Story clustering: one <see cref="StoryClusterer"/> per process (it keeps the learned term frequencies).</summary>
    public static IServiceCollection AddStories(this IServiceCollection services)
    {
        services.AddOptions<StoryClusteringOptions>().BindConfiguration(StoryClusteringOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TermDocumentFrequencies>();
        services.AddSingleton(sp => new StorySimilarity(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<StoryClusteringOptions>>().Value));
        services.AddSingleton<StoryClusterer>();
        return services;
    }
}
