using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace NewsHub.Web.Data;

public static class DataServices
{
    /// <summary>The connection string NewsHub uses: ConnectionStrings:NewsHub.</summary>
    public static string GetNewsHubConnectionString(this IConfiguration configuration) =>
        configuration.GetConnectionString("NewsHub") is { Length: > 0 } cs
            ? cs
            : throw new StartupException(
                "No database configured: set ConnectionStrings__NewsHub, or start NewsHub with ./newshub run, which provisions a local PostgreSQL.");

    public static IServiceCollection AddNewsHubData(this IServiceCollection services, IConfiguration configuration)
    {
        // Resolved lazily so that configuration added after registration (tests, verbs) is honoured.
        services.AddSingleton(sp =>
        {
            var cs = new NpgsqlConnectionStringBuilder(sp.GetRequiredService<IConfiguration>().GetNewsHubConnectionString());
            if (cs.MaxPoolSize == 100) cs.MaxPoolSize = 64;
            // Statements NewsHub runs over and over (page queries, ingestion lookups) are prepared once per connection:
            // PostgreSQL then skips parsing and planning, which cost more than executing them (2.6 ms of planning against
            // 0.6 ms of execution for the article page's tag/coverage query). A connection string may set its own value.
            if (cs.MaxAutoPrepare == 0) cs.MaxAutoPrepare = 100;
            // A connection handed back to the pool is not reset (RESET ALL, CLOSE ALL, UNLISTEN…: one more statement for
            // the server with every reuse, a tenth of an uncached page's database CPU). NewsHub leaves no session state
            // behind: its settings are SET LOCAL inside transactions, its locks are transaction-scoped or released, and
            // LISTEN lives on a connection of its own.
            cs.NoResetOnClose = true;
            return new NpgsqlDataSourceBuilder(cs.ConnectionString).Build();
        });
        // Pooled: a request's context comes ready-made instead of being built from EF's services each time.
        services.AddPooledDbContextFactory<NewsHubDbContext>((sp, o) => o.UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>(), npgsql =>
            npgsql.MigrationsHistoryTable("__ef_migrations_history")),
            // Contexts kept for reuse: more than the requests served at once on a small server; each kept one holds its caches.
            poolSize: 128);
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<NewsHubDbContext>>().CreateDbContext());
        services.AddSingleton<DatabaseMigrator>();
        return services;
    }

    /// <summary>Keys live in PostgreSQL so every web instance can read every other's cookies.</summary>
    public static IServiceCollection AddNewsHubDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("NewsHub");
        services.AddOptions<KeyManagementOptions>()
            .Configure<IServiceScopeFactory>((o, scopes) => o.XmlRepository = new EfXmlRepository(scopes));
        return services;
    }
}
