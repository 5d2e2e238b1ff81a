using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace NewsHub.Web.Data;

/// <summary>
/// Applies pending migrations. Several instances may start at once against one empty database:
/// a session-level advisory lock makes them take turns, so exactly one applies each step and
/// the others find nothing pending.
/// </summary>
public sealed class DatabaseMigrator(IDbContextFactory<NewsHubDbContext> contexts, ILogger<DatabaseMigrator> logger)
{
    private const long LockKey = 0x4E657773487562; // "NewsHub"

    public async Task MigrateAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await EnsureDatabaseExistsAsync(db, ct);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        try
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({LockKey})", ct);
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
                await db.Database.MigrateAsync(ct);
            }
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({LockKey})", ct);
        }
        finally
        {
            await connection.CloseAsync();
        }
        // New types (enums, extensions) created by a migration are invisible to pooled connections
        // opened before it; clearing the pool makes every later connection see them.
        NpgsqlConnection.ClearAllPools();
    }

    public async Task<bool> IsMigratedAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return !(await db.Database.GetPendingMigrationsAsync(ct)).Any();
    }

    private static async Task EnsureDatabaseExistsAsync(NewsHubDbContext db, CancellationToken ct)
    {
        var builder = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
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
