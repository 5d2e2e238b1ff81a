using System.Text;
using Microsoft.EntityFrameworkCore;

namespace NewsHub.Web.Data;

/// <summary>
/// Names every table, column, key and index in snake_case. EFCore.NamingConventions does the
/// same but the package mirror only has a version for EF Core 5, so this is the small local copy.
/// </summary>
internal static class SnakeCaseNames
{
    public static void Apply(ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            // JSON-mapped owned types (Source.Selectors) live inside a column, not a table.
            if (entity.IsOwned()) continue;
            if (entity.GetTableName() is { } table)
                entity.SetTableName(ToSnake(table.StartsWith("AspNet", StringComparison.Ordinal) ? table[6..] : table));
            foreach (var property in entity.GetProperties())
                property.SetColumnName(ToSnake(property.Name));
        }
        // Second pass: constraint and index names derive from the (now renamed) tables and columns.
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => !e.IsOwned()))
        {
            foreach (var key in entity.GetKeys())
                if (key.GetDefaultName() is { } name) key.SetName(ToSnake(name));
            foreach (var fk in entity.GetForeignKeys())
                if (fk.GetDefaultName() is { } name) fk.SetConstraintName(ToSnake(name));
            foreach (var index in entity.GetIndexes())
            {
                // A name chosen in a configuration in snake_case already is kept (ix_search_terms_term_trgm).
                var chosen = index.GetDatabaseName();
                if (chosen is not null && chosen == chosen.ToLowerInvariant() && index.GetDefaultDatabaseName() != chosen) continue;
                if (index.GetDefaultDatabaseName() is { } name) index.SetDatabaseName(ToSnake(name));
            }
        }
    }

    public static string ToSnake(string name)
    {
        var sb = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var prevLower = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var nextLower = i > 0 && i + 1 < name.Length && char.IsUpper(name[i - 1]) && char.IsLower(name[i + 1]);
                if (prevLower || nextLower) sb.Append('_');
                sb.Append(char.ToLowerInvariant(c));
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
