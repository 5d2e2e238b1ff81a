using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsHub.Web.Data;
using NewsHub.Web.DemoSite;
using NewsHub.Web.Hosting;
using NewsHub.Web.Model;

namespace NewsHub.Web.Sources;

/// <summary>
/// Registers the demo outlets and the default real sources on start. Rows are keyed by slug and
/// only inserted when missing, so an editor's later changes (disabling a source, new selectors)
/// are never overwritten; the demo sources' URLs follow the address this instance listens on.
/// </summary>
internal sealed class SourceRegistrar(
    NewsHubDbContext db, IOptions<SourceRegistrationOptions> options, IConfiguration configuration, TimeProvider clock,
    ILogger<SourceRegistrar> logger) : IStartupTask
{
    public async Task RunAsync(CancellationToken ct)
    {
        var o = options.Value;
        var now = clock.GetUtcNow();
        var existing = await db.Sources.ToDictionaryAsync(s => s.Slug, ct);
        if (o.RegisterDemo)
        {
            var demoRoot = DemoSiteCatalog.DemoRoot(PublicUrl(o));
            foreach (var demo in DemoSiteCatalog.Sources)
            {
                var url = demo.EntryUrl(demoRoot).AbsoluteUri;
                if (existing.TryGetValue(demo.Slug, out var row))
                {
                    if (row.Url != url) { row.Url = url; row.SiteUrl = demo.SiteUrl(demoRoot).AbsoluteUri; }
                    continue;
                }
                db.Sources.Add(demo.ToSource(demoRoot, now));
            }
        }
        if (o.RegisterDefaults)
        {
            foreach (var d in DefaultSources.All.Where(d => !existing.ContainsKey(d.Slug)))
            {
                db.Sources.Add(new Source
                {
                    Name = d.Name, Slug = d.Slug, Kind = d.Kind, Url = d.Url, SiteUrl = d.SiteUrl, Enabled = true,
                    DefaultCountryCode = d.Country, DefaultRegionSlug = d.Region, Language = "en", PollIntervalMinutes = 60,
                    PageLimit = 1, CreatedAt = now, NextAttemptAt = now,
                });
            }
        }
        try
        {
            var added = await db.SaveChangesAsync(ct);
            if (added > 0) logger.LogInformation("Registered or updated {Count} built-in source(s)", added);
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            // Another instance registered them at the same moment.
            logger.LogInformation("Built-in sources were registered by another instance");
        }
    }

    private Uri PublicUrl(SourceRegistrationOptions o)
    {
        var url = o.PublicUrl ?? configuration["urls"]?.Split(';', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "http://127.0.0.1:5080";
        // A wildcard bind address is not something a client can connect to.
        url = url.Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal).Replace("://+", "://127.0.0.1", StringComparison.Ordinal)
                 .Replace("://*", "://127.0.0.1", StringComparison.Ordinal).Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal);
        return new Uri(url.EndsWith('/') ? url : url + "/");
    }
}
