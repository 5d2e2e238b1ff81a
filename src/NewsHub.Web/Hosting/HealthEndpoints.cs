using NewsHub.Web.Data;

namespace NewsHub.Web.Hosting;

public static class HealthEndpoints
{
    /// <summary>/healthz: the process is alive. /readyz: the database answers and is migrated.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Json(new { status = "alive" })).DisableAntiforgery();
        app.MapGet("/readyz", async (DatabaseMigrator migrator, ILoggerFactory loggers, CancellationToken ct) =>
        {
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(TimeSpan.FromSeconds(5));
                var migrated = await migrator.IsMigratedAsync(timeout.Token);
                return migrated
                    ? Results.Json(new { status = "ready", database = "ok" })
                    : Results.Json(new { status = "not-ready", database = "pending migrations" }, statusCode: 503);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                loggers.CreateLogger("NewsHub.Health").LogWarning(e, "Readiness check failed");
                return Results.Json(new { status = "not-ready", database = "unreachable" }, statusCode: 503);
            }
        });
        app.MapGet("/plaintext", () => Results.Text("Hello, World!")).ExcludeFromDescription();
        return app;
    }
}
