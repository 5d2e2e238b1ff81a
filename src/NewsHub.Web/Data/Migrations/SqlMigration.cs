using System.Reflection;
using Microsoft.EntityFrameworkCore.Migrations;

namespace NewsHub.Web.Data.Migrations;

/// <summary>
/// A migration whose Up step is the SQL file embedded beside it, named after the migration id
/// (e.g. 0001_initial.sql). The EF Design package cannot be restored on our machines, so the
/// history is hand-written SQL in one ordered list, as miniflux keeps it; the drift test
/// (MigrationDriftTests) proves the migrated schema equals the EF model.
/// </summary>
public abstract class SqlMigration : Migration
{
    protected abstract string ScriptName { get; }

    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(ReadScript(ScriptName));

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("NewsHub migrations are forward-only; restore a backup to go back.");

    internal static string ReadScript(string name)
    {
        var assembly = typeof(SqlMigration).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + name, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
