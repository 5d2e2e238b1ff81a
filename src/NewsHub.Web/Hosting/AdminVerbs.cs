using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Accounts;
using NewsHub.Web.Data;

namespace NewsHub.Web.Hosting;

/// <summary>Database and account verbs: they need the data services but no web server.</summary>
internal static class AdminVerbs
{
    /// <summary>A host with the shared services and no hosted services, for one-shot verbs.</summary>
    public static IHost BuildToolHost(string[] args, Action<IServiceCollection, IConfiguration>? configure = null)
    {
        // Content root beside the binary: verbs run from any folder and still find appsettings.json.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.AddNewsHubSerilog(builder.Configuration, allToStdErr: true);
        builder.Services.AddSingleton(sp => NewsHubOptions.From(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddNewsHubCore(builder.Configuration);
        builder.Services.AddNewsHubAccounts();
        builder.Services.AddNewsHubAccountTasks();
        configure?.Invoke(builder.Services, builder.Configuration);
        return builder.Build();
    }

    public static async Task<int> MigrateAsync(string[] args) => await Guard(async () =>
    {
        using var host = BuildToolHost(args);
        await host.Services.RunStartupTasksAsync(migrate: true);
        await Console.Out.WriteLineAsync("Database is up to date.");
        return 0;
    });

    public static async Task<int> CreateAdminAsync(string[] args) => await Guard(async () =>
    {
        var email = args.FirstOrDefault(a => !a.StartsWith('-'));
        if (email is null || !email.Contains('@', StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync("usage: newshub create-admin EMAIL   (the password is read from stdin, or prompted for)");
            return 2;
        }
        var password = ReadPassword();
        if (string.IsNullOrEmpty(password)) { await Console.Error.WriteLineAsync("newshub: no password given."); return 2; }
        using var host = BuildToolHost(args.Where(a => a != email).ToArray());
        await host.Services.RunStartupTasksAsync(migrate: true);
        using var scope = host.Services.CreateScope();
        var errors = await scope.ServiceProvider.GetRequiredService<AdminCreator>().CreateAsync(email, password);
        if (errors.Count > 0)
        {
            await Console.Error.WriteLineAsync("newshub: " + string.Join(" ", errors));
            return 1;
        }
        await Console.Out.WriteLineAsync($"{email} is an administrator.");
        return 0;
    });

    public static async Task<int> PrintModelDdlAsync(string[] args)
    {
        // Needs no server: the model alone produces the script.
        var options = new DbContextOptionsBuilder<NewsHubDbContext>().UseNpgsql("Host=127.0.0.1").Options;
        await using var db = new NewsHubDbContext(options);
        await Console.Out.WriteLineAsync(db.Database.GenerateCreateScript());
        return 0;
    }

    private static string? ReadPassword()
    {
        if (Console.IsInputRedirected) return Console.In.ReadLine()?.TrimEnd('\r', '\n');
        Console.Error.Write("Password: ");
        var chars = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter) break;
            if (key.Key == ConsoleKey.Backspace) { if (chars.Length > 0) chars.Length--; continue; }
            chars.Append(key.KeyChar);
        }
        Console.Error.WriteLine();
        return chars.ToString();
    }

    internal static async Task<int> Guard(Func<Task<int>> verb)
    {
        try
        {
            return await verb();
        }
        catch (Exception e) when (NewsHubApp.Describe(e) is { } line)
        {
            await Console.Error.WriteLineAsync("newshub: " + line);
            return 1;
        }
    }
}
