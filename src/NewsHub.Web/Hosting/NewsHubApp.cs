using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;
using NewsHub.Web.Accounts;
using NewsHub.Web.Data;
using NewsHub.Web.Reading;
using Npgsql;

namespace NewsHub.Web.Hosting;

/// <summary>Builds and runs NewsHub in one of its roles: web + scrapers, web only, scrapers only.</summary>
public static class NewsHubApp
{
    /// <summary>Services every role and every command-line verb shares.</summary>
    public static IServiceCollection AddNewsHubCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddNewsHubData(configuration);
        services.AddNewsHubCapabilities(configuration);
        return services;
    }

    public static WebApplication BuildWeb(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.AddNewsHubSerilog(builder.Configuration);
        builder.Services.AddSingleton(sp => NewsHubOptions.From(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddNewsHubCore(builder.Configuration);
        builder.Services.AddNewsHubDataProtection();
        builder.Services.AddNewsHubAccounts();
        builder.Services.AddNewsHubAccountTasks();
        builder.Services.AddNewsHubMvc();
        builder.Services.AddContentChangeListener();
        // Registered in every web host; the workers read NewsHubOptions.Role when they start.
        builder.Services.AddNewsHubScrapers(builder.Configuration);
        var app = builder.Build();
        app.UseNewsHubPipeline();
        return app;
    }

    public static IHost BuildScraperOnly(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Logging.AddNewsHubSerilog(builder.Configuration);
        builder.Services.AddSingleton(sp => NewsHubOptions.From(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddNewsHubCore(builder.Configuration);
        builder.Services.AddNewsHubScrapers(builder.Configuration);
        return builder.Build();
    }

    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            // The role decides which host to build, so read it from the same sources the host will use
            // (appsettings in the content root, environment, command line) before building either.
            var probe = new ConfigurationBuilder().SetBasePath(Directory.GetCurrentDirectory())
                .AddJsonFile("appsettings.json", optional: true).AddEnvironmentVariables().AddCommandLine(args).Build();
            IHost host = NewsHubOptions.From(probe).Role == NewsHubRole.Scraper ? BuildScraperOnly(args) : BuildWeb(args);
            var options = host.Services.GetRequiredService<NewsHubOptions>();
            await host.Services.RunStartupTasksAsync(options.MigrateOnStart);
            await host.RunAsync();
            return 0;
        }
        catch (Exception e) when (Describe(e) is { } line)
        {
            await Console.Error.WriteLineAsync("newshub: " + line);
            return 1;
        }
    }

    /// <summary>Turns the failures an operator can fix into one clear line (null: let it crash).</summary>
    internal static string? Describe(Exception e) => e switch
    {
        StartupException s => s.Message,
        IOException { InnerException: AddressInUseException } io =>
            $"{io.Message.TrimEnd('.')}. Stop the program using that port or choose another with --urls http://127.0.0.1:PORT.",
        PostgresException pg when pg.SqlState is PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification =>
            $"The database refused the credentials in ConnectionStrings__NewsHub: {pg.MessageText}.",
        PostgresException pg => $"The database reported an error at start-up: {pg.SqlState} {pg.MessageText}.",
        NpgsqlException { InnerException: SocketException or TimeoutException } npg =>
            $"Cannot reach the database named by ConnectionStrings__NewsHub ({npg.InnerException!.Message}). Is PostgreSQL running there?",
        NpgsqlException npg => $"Cannot use the database named by ConnectionStrings__NewsHub: {npg.Message}",
        ArgumentException a when a.StackTrace?.Contains("Npgsql", StringComparison.Ordinal) == true =>
            $"ConnectionStrings__NewsHub is not a valid PostgreSQL connection string: {a.Message}",
        InvalidOperationException { InnerException: { } inner } when Describe(inner) is { } line => line,
        _ => null,
    };
}
