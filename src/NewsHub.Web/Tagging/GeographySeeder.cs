using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Data;
using NewsHub.Web.Hosting;
using Npgsql;

namespace NewsHub.Web.Tagging;

/// <summary>
/// Copies the gazetteer's countries, regions and memberships into their tables at start-up. Upserts with
/// INSERT … ON CONFLICT, in key order, so it is idempotent and two instances starting together neither fail
/// nor deadlock. Countries and regions are never deleted (article tags point at them); a membership the
/// editors removed from regions.tsv is.
/// </summary>
internal sealed class GeographySeeder(NewsHubDbContext db, Gazetteer gazetteer, ILogger<GeographySeeder> logger) : IStartupTask
{
    public async Task RunAsync(CancellationToken ct)
    {
        var countries = gazetteer.Countries.OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
        var regions = gazetteer.Regions.OrderBy(r => r.Slug, StringComparer.Ordinal).ToList();
        var pairs = countries.SelectMany(c => c.RegionSlugs.Select(s => (c.Code, Slug: s)))
            .OrderBy(p => p.Code, StringComparer.Ordinal).ThenBy(p => p.Slug, StringComparer.Ordinal).ToList();

        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO countries (code, name)
            SELECT * FROM unnest(@codes, @names)
            ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name WHERE countries.name IS DISTINCT FROM EXCLUDED.name
            """,
            [Text("codes", countries.Select(c => c.Code)), Text("names", countries.Select(c => c.Name))], ct);
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO regions (slug, name, sort_order)
            SELECT * FROM unnest(@slugs, @names, @orders)
            ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name, sort_order = EXCLUDED.sort_order
            WHERE (regions.name, regions.sort_order) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.sort_order)
            """,
            [Text("slugs", regions.Select(r => r.Slug)), Text("names", regions.Select(r => r.Name)),
             new NpgsqlParameter<int[]>("orders", regions.Select(r => r.SortOrder).ToArray())], ct);
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO country_regions (country_code, region_slug)
            SELECT * FROM unnest(@codes, @slugs)
            ON CONFLICT (country_code, region_slug) DO NOTHING
            """,
            [Text("codes", pairs.Select(p => p.Code)), Text("slugs", pairs.Select(p => p.Slug))], ct);
        var removed = await db.Database.ExecuteSqlRawAsync(
            """
            DELETE FROM country_regions cr
            WHERE NOT EXISTS (SELECT 1 FROM unnest(@codes, @slugs) AS g(code, slug) WHERE g.code = cr.country_code AND g.slug = cr.region_slug)
            """,
            [Text("codes", pairs.Select(p => p.Code)), Text("slugs", pairs.Select(p => p.Slug))], ct);
        logger.LogInformation("Geography seeded: {Countries} countries, {Regions} regions, {Memberships} memberships ({Removed} removed)",
            countries.Count, regions.Count, pairs.Count, removed);
    }

    private static NpgsqlParameter<string[]> Text(string name, IEnumerable<string> values) => new(name, values.ToArray());
}
