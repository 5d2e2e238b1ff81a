using Microsoft.EntityFrameworkCore;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Data;
using NewsHub.Web.Data.Migrations;
using Npgsql;

namespace NewsHub.IntegrationTests.Data;

/// <summary>
/// The EF Design package cannot be restored here, so nothing generates migrations from the model.
/// This test is the guard: the schema the hand-written migrations produce must equal the schema
/// EF would create from the model, column by column and index by index.
/// </summary>
public sealed class MigrationDriftTests
{
    [Fact]
    public async Task Migrated_schema_equals_the_EF_model()
    {
        await using var migrated = await TestDatabase.CreateAsync();
        await using var fromModel = await TestDatabase.CreateAsync();

        await using (var db = Context(migrated.ConnectionString)) await db.Database.MigrateAsync();
        await using (var db = Context(fromModel.ConnectionString))
        {
            // EnsureCreated runs the model's DDL, which calls this function from a generated column.
            await db.Database.ExecuteSqlRawAsync(FunctionPrelude());
            await db.Database.EnsureCreatedAsync();
        }

        var expected = await DescribeAsync(fromModel.ConnectionString);
        var actual = await DescribeAsync(migrated.ConnectionString);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Except(actual).ToList(), Array.Empty<string>());   // in the model, missing from migrations
        Assert.Equal(actual.Except(expected).ToList(), Array.Empty<string>());   // in migrations, missing from the model
    }

    [Fact]
    public async Task Migrations_make_exactly_the_expression_indexes_the_model_cannot_express()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = Context(database.ConnectionString)) await db.Database.MigrateAsync();
        await using var conn = new NpgsqlConnection(database.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("""
            SELECT c.relname || ': ' || pg_get_indexdef(x.indexrelid) FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid
            WHERE c.relnamespace = 'public'::regnamespace AND x.indexprs IS NOT NULL ORDER BY 1
            """, conn);
        var found = new List<string>();
        await using (var reader = await cmd.ExecuteReaderAsync())
            while (await reader.ReadAsync()) found.Add(reader.GetString(0));
        Assert.Equal(
            ["ix_articles_search_buckets: CREATE INDEX ix_articles_search_buckets ON public.articles USING gin (newshub_search_buckets(search_vector, published_at))"],
            found);
    }

    [Fact]
    public async Task Migrating_twice_is_a_no_op()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = Context(database.ConnectionString);
        await db.Database.MigrateAsync();
        await db.Database.MigrateAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
    }

    private static string FunctionPrelude()
    {
        var script = SqlMigration.ReadScript("0001_initial.sql");
        var start = script.IndexOf("CREATE EXTENSION", StringComparison.Ordinal);
        var end = script.IndexOf("$$;", StringComparison.Ordinal) + 3;
        return script[start..end];
    }

    private static NewsHubDbContext Context(string cs) =>
        new(new DbContextOptionsBuilder<NewsHubDbContext>()
            .UseNpgsql(cs, o => o.MigrationsHistoryTable("__ef_migrations_history")).Options);

    private static async Task<SortedSet<string>> DescribeAsync(string cs)
    {
        var rows = new SortedSet<string>(StringComparer.Ordinal);
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        async Task Collect(string sql)
        {
            await using var cmd = new NpgsqlCommand(sql, conn);
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync()) rows.Add(r.GetString(0));
        }
        await Collect("""
            SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' null=' || is_nullable
                   || ' len=' || coalesce(character_maximum_length::text, '-') || ' identity=' || is_identity
                   || ' generated=' || coalesce(generation_expression, '-') || ' default=' || coalesce(column_default, '-')
            FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name <> '__ef_migrations_history'
            """);
        // Expression indexes are outside the model (EF cannot express them): ExpressionIndexesAsync checks them.
        await Collect("""
            SELECT 'index ' || indexdef FROM pg_indexes
            WHERE schemaname = 'public' AND tablename <> '__ef_migrations_history'
              AND NOT EXISTS (SELECT 1 FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid
                              WHERE c.relnamespace = 'public'::regnamespace AND c.relname = indexname AND x.indexprs IS NOT NULL)
            """);
        await Collect("""
            SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
            FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '__ef_migrations_history'
            """);
        await Collect("SELECT 'extension ' || extname FROM pg_extension");
        return rows;
    }
}
