using Npgsql;

namespace NewsHub.IntegrationTests.Infrastructure;

/// <summary>
/// A fresh, empty database on the test run's throwaway PostgreSQL cluster (NEWSHUB_TEST_PG, set by
/// ./newshub test). Each test class gets its own, so tests never depend on each other's data.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }
    public string ConnectionString { get; }

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("NEWSHUB_TEST_PG") is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                "NEWSHUB_TEST_PG is not set. Run the tests with ./newshub test, which starts a throwaway PostgreSQL.");

    /// <summary>Names a database but does not create it (for tests of creation itself).</summary>
    public static TestDatabase Named()
    {
        var name = "t_" + Guid.NewGuid().ToString("N")[..20];
        var cs = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name };
        return new TestDatabase(name, cs.ConnectionString);
    }

    public static async Task<TestDatabase> CreateAsync()
    {
        var db = Named();
        await ExecuteOnServerAsync($"CREATE DATABASE {db.Name}");
        return db;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    public static async Task ExecuteOnServerAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ServerConnectionString) { Pooling = false }.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    public async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var conn = new NpgsqlConnection(ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        var value = await cmd.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)value;
    }
}
