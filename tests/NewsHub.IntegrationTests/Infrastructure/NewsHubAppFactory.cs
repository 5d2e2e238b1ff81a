using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsHub.Web.Data;
using NewsHub.Web.Hosting;

namespace NewsHub.IntegrationTests.Infrastructure;

/// <summary>
/// The real application (Program) on its own fresh database, migrated and seeded the way
/// `./newshub run` does it. Scrapers are off unless a test turns them on.
/// </summary>
public class NewsHubAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase? database;
    private readonly bool ownsDatabase = true;

    public NewsHubAppFactory() { }

    private NewsHubAppFactory(TestDatabase existing)
    {
        database = existing;
        ownsDatabase = false;
    }

    /// <summary>A second instance of the app on another instance's database (as a second process would be).</summary>
    public static NewsHubAppFactory SecondInstance(TestDatabase existing) => new(existing);
    private readonly Dictionary<string, string?> settings = new(StringComparer.Ordinal);

    public TestDatabase Database => database ?? throw new InvalidOperationException("InitializeAsync has not run.");

    /// <summary>Extra configuration (keys as in appsettings, e.g. "NewsHub:Role").</summary>
    public NewsHubAppFactory With(string key, string? value)
    {
        settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Test");
        builder.UseSetting("ConnectionStrings:NewsHub", Database.ConnectionString);
        builder.UseSetting("NewsHub:Role", "Web");
        builder.UseSetting("NewsHub:HttpsRedirection", "false");
        // Tests register the sources they need; the real outlets are never contacted.
        builder.UseSetting("NewsHub:Sources:RegisterDefaults", "false");
        builder.UseSetting("NewsHub:Sources:RegisterDemo", "false");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }

    public virtual async Task InitializeAsync()
    {
        if (ownsDatabase) database = await TestDatabase.CreateAsync();
        await Services.RunStartupTasksAsync(migrate: true);
    }

    public NewsHubDbContext CreateDbContext() => Services.GetRequiredService<IDbContextFactory<NewsHubDbContext>>().CreateDbContext();

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    public new virtual async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (database is not null && ownsDatabase) await database.DisposeAsync();
    }
}
