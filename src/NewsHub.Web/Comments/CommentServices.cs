namespace NewsHub.Web.Comments;

public static class CommentServices
{
    public static IServiceCollection AddNewsHubComments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CommentOptions>().Bind(configuration.GetSection(CommentOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IpAddressHasher>();
        services.AddScoped<CommentRules>();
        services.AddScoped<CommentCounter>();
        services.AddScoped<CommentPoster>();
        services.AddScoped<CommentThreadLoader>();
        return services;
    }
}
