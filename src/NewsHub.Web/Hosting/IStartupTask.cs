namespace NewsHub.Web.Hosting;

/// <summary>
/// Work that must finish before NewsHub serves or scrapes (after migrations): roles, reference
/// data, demo sources. Each capability registers its own; they run in registration order.
/// </summary>
public interface IStartupTask
{
    Task RunAsync(CancellationToken ct);
}

public static class StartupTasks
{
    public static async Task RunStartupTasksAsync(this IServiceProvider services, bool migrate, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        if (migrate) await scope.ServiceProvider.GetRequiredService<Data.DatabaseMigrator>().MigrateAsync(ct);
        foreach (var task in scope.ServiceProvider.GetServices<IStartupTask>()) await task.RunAsync(ct);
    }
}
