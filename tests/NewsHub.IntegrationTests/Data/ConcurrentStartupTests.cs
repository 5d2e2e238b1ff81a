using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Data;

namespace NewsHub.IntegrationTests.Data;

public sealed class ConcurrentStartupTests
{
    [Fact]
    public async Task Two_instances_migrating_one_missing_database_at_once_end_with_one_schema()
    {
        // Not created: both instances race to create the database too.
        await using var database = TestDatabase.Named();
        var migrators = Enumerable.Range(0, 2).Select(_ => Migrator(database.ConnectionString)).ToList();

        await Task.WhenAll(migrators.Select(m => Task.Run(() => m.MigrateAsync())));

        Assert.True(await migrators[0].IsMigratedAsync(default));
        Assert.True(await migrators[1].IsMigratedAsync(default));
        var applied = await database.ScalarAsync<long>("SELECT count(*) FROM __ef_migrations_history");
        var expected = Migrator(database.ConnectionString).AllMigrations().Count;
        Assert.Equal(expected, applied);
    }

    private static DatabaseMigrator Migrator(string cs)
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(
                new Dictionary<string, string?> { ["ConnectionStrings:NewsHub"] = cs }).Build())
            .AddLogging();
        services.AddNewsHubData(services.BuildServiceProvider().GetRequiredService<IConfiguration>());
        var sp = services.BuildServiceProvider();
        return new DatabaseMigrator(sp.GetRequiredService<IDbContextFactory<NewsHubDbContext>>(), sp.GetRequiredService<IConfiguration>(), NullLogger<DatabaseMigrator>.Instance);
    }
}
