using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.DemoSite;
using NewsHub.Web.Ingestion;
using NewsHub.Web.Ingestion.Scheduling;
using NewsHub.Web.Model;

namespace NewsHub.IntegrationTests.Ingestion;

/// <summary>
/// Two scraper instances (separate service providers, as separate processes would have) on one
/// database, with the Steppe Times reachable twice (listing and news sitemap): every demo article
/// ends up stored exactly once.
/// </summary>
public sealed class ConcurrentScrapersTests
{
    [Fact]
    public async Task Two_scrapers_on_one_database_store_every_demo_article_exactly_once()
    {
        await using var site = await LoopbackServer.StartAsync(app => app.MapDemoSite(""));
        await using var first = new NewsHubAppFactory().With("NewsHub:Fetching:PerHostDelay", "00:00:00");
        await first.InitializeAsync();
        await using var second = NewsHubAppFactory.SecondInstance(first.Database).With("NewsHub:Fetching:PerHostDelay", "00:00:00");
        await using (var db = first.CreateDbContext())
        {
            var now = DateTimeOffset.UtcNow.AddMinutes(-1);
            foreach (var demo in DemoSiteCatalog.Sources) db.Sources.Add(demo.ToSource(site.BaseUri, now));
            db.Sources.Add(new Source
            {
                Name = "Steppe Times sitemap", Slug = "steppe-times-sitemap", Kind = SourceKind.Sitemap,
                Url = new Uri(site.BaseUri, "steppe-times/sitemap.xml").AbsoluteUri, NextAttemptAt = now,
            });
            await db.SaveChangesAsync();
        }

        var runs = await Task.WhenAll(ScraperPasses.RunAllDueAsync(first.Services, "scraper-a"), ScraperPasses.RunAllDueAsync(second.Services, "scraper-b"));

        await using var check = first.CreateDbContext();
        var manifest = DemoSiteManifest.Load();
        var urls = await check.Articles.Select(a => a.Url).ToListAsync();
        Assert.Equal(manifest.Articles.Count, urls.Count);
        Assert.Equal(urls.Count, urls.Distinct().Count());
        Assert.Equal(3, runs.Sum(r => r.Count));                          // each source leased once
        Assert.Equal(manifest.Articles.Count, runs.SelectMany(r => r).Sum(r => r.New));
    }


    private sealed class SecondInstance(TestDatabase database) : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            builder.UseEnvironment("Test");
            builder.UseSetting("ConnectionStrings:NewsHub", database.ConnectionString);
            builder.UseSetting("NewsHub:Role", "Web");
            builder.UseSetting("NewsHub:Sources:RegisterDefaults", "false");
            builder.UseSetting("NewsHub:Sources:RegisterDemo", "false");
            builder.UseSetting("NewsHub:Fetching:PerHostDelay", "00:00:00");
        }
    }
}
