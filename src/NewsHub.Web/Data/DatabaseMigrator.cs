using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace NewsHub.Web.Data;

/// <summary>
/// Applies pending migrations. Several instances may start at once against one empty database:
/// a session-level advisory lock makes them take turns, so exactly one applies each step and
/// the others find nothing pending.
/// </summary>
public sealed class DatabaseMigrator(IDbContextFactory<NewsHubDbContext> contexts, IConfiguration configuration, ILogger<DatabaseMigrator> logger)
{
    private const long LockKey = 0x4E657773487562; // "NewsHub"

    public async Task MigrateAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await EnsureDatabaseExistsAsync(ct);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        try
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({LockKey})", ct);
            // EF reads the history table before creating it and logs that failed read as an error on
            // every first start; creating it first (EF's own DDL) keeps the log honest.
            await db.Database.ExecuteSqlRawAsync(
                """CREATE TABLE IF NOT EXISTS __ef_migrations_history ("MigrationId" character varying(150) NOT NULL, "ProductVersion" character varying(32) NOT NULL, CONSTRAINT "PK___ef_migrations_history" PRIMARY KEY ("MigrationId"))""", ct);
            await db.Database.MigrateAsync(ct);
            var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();
            logger.LogInformation("Database schema at {Migration} ({Count} migrations applied)", applied.LastOrDefault(), applied.Count);
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({LockKey})", ct);
        }
        finally
        {
            await connection.CloseAsync();
            // New types (enums, extensions) created by a migration are invisible to pooled connections
            // opened before it; clearing the pool makes every later connection see them. After a failure it also
            // closes the connection that may still hold the lock (pooled connections are not reset: DataServices).
            NpgsqlConnection.ClearAllPools();
        }
    }

    public IReadOnlyList<string> AllMigrations()
    {
        using var db = contexts.CreateDbContext();
        return db.Database.GetMigrations().ToList();
    }

    public async Task<bool> IsMigratedAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return !(await db.Database.GetPendingMigrationsAsync(ct)).Any();
    }

    private async Task EnsureDatabaseExistsAsync(CancellationToken ct)
    {
        // The raw string, not the data source's: that one has the password stripped.
        var builder = new NpgsqlConnectionStringBuilder(configuration.GetNewsHubConnectionString());
        var name = builder.Database ?? throw new InvalidOperationException("The connection string names no database.");
        builder.Database = "postgres";
        builder.Pooling = false;
        await using var admin = new NpgsqlConnection(builder.ConnectionString);
        await admin.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", admin) { Parameters = { new() { Value = name } } };
        if (await exists.ExecuteScalarAsync(ct) is not null) return;
        try
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", admin);
            await create.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another instance created it a moment ago: that is the outcome we wanted.
        }
    }
}
