namespace NewsHub.Web.Moderation;

public static class ModerationServices
{
    public static IServiceCollection AddNewsHubModeration(this IServiceCollection services)
    {
        services.AddScoped<AuditLogWriter>();
        services.AddScoped<WordFilter>();
        services.AddScoped<PreModerationPolicy>();
        services.AddScoped<ModerationQueue>();
        services.AddScoped<ModerationActions>();
        return services;
    }
}
