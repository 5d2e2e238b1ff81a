using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NewsHub.BrowserTests.Infrastructure;
using NewsHub.Web.DemoSite;
using NewsHub.Web.Ingestion;
using NewsHub.Web.Ingestion.Scheduling;

namespace NewsHub.BrowserTests.Reading;

/// <summary>
/// A reader's visit in real Chromium over demo articles that came in through the real scrapers:
/// home → region → article → search with a filter, at phone and desktop widths.
/// </summary>
public sealed class ReaderJourneyTests(ReaderJourneyTests.DemoApp app) : IClassFixture<ReaderJourneyTests.DemoApp>
{
    public sealed class DemoApp : BrowserApp
    {
        public DemoApp()
        {
            With("NewsHub:Sources:RegisterDemo", "true");   // serves /demo; sources are added below with the real port
            With("NewsHub:Fetching:PerHostDelay", "00:00:00");
        }

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await using (var db = CreateDbContext())
            {
                db.Sources.RemoveRange(db.Sources);
                var root = DemoSiteCatalog.DemoRoot(new Uri(BaseUrl + "/"));
                foreach (var demo in DemoSiteCatalog.Sources) db.Sources.Add(demo.ToSource(root, DateTimeOffset.UtcNow.AddMinutes(-1)));
                await db.SaveChangesAsync();
            }
            await NewsHub.IntegrationTests.Infrastructure.ScraperPasses.RunAllDueAsync(Services, "browser-test");
        }
    }

    [Fact]
    public async Task Reader_goes_from_home_to_region_to_article_to_filtered_search()
    {
        foreach (var (name, width, height) in BrowserApp.Viewports)
        {
            var page = await app.NewPageAsync(width, height);
            await page.GotoAsync("/");
            await Expect(page.Locator(".lead-story .card__title")).ToBeVisibleAsync();
            await page.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath($"journey-1-home-{name}"), FullPage = true });

            await page.GotoAsync("/region/central-asia");
            Assert.Equal("Central Asia", (await page.Locator("h1").InnerTextAsync()).Trim());
            Assert.True(await page.Locator(".card").CountAsync() >= 3);
            await page.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath($"journey-2-region-{name}"), FullPage = true });

            await page.Locator(".card__title a").First.ClickAsync();
            await page.WaitForURLAsync("**/article/**");
            Assert.Equal(1, await page.Locator("h1").CountAsync());
            Assert.True((await page.Locator(".story__body p").CountAsync()) >= 2);
            var body = await page.Locator(".story__body").InnerTextAsync();
            Assert.DoesNotContain("Leave the first comment", body, StringComparison.Ordinal);
            Assert.DoesNotContain("download the", body, StringComparison.OrdinalIgnoreCase);
            Assert.True(await page.Locator("#comments").IsVisibleAsync());
            await page.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath($"journey-3-article-{name}"), FullPage = true });

            await page.GotoAsync("/search");
            await page.Locator("#q").FillAsync("nuclear");
            await page.Locator("#region").SelectOptionAsync("middle-east");
            await page.Locator(".search-form button[type=submit]").ClickAsync();
            await page.WaitForURLAsync("**/search?**");
            var results = page.Locator(".result");
            Assert.True(await results.CountAsync() >= 1);
            Assert.Contains("Iran", await page.Locator(".results").InnerTextAsync(), StringComparison.Ordinal);
            Assert.True(await page.Locator(".result mark").CountAsync() >= 1);
            await page.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath($"journey-4-search-{name}"), FullPage = true });

            // Nothing wider than the screen on a phone.
            var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
            Assert.False(overflow);
            await page.Context.CloseAsync();
        }
        Assert.Empty(app.ExternalRequests);
        Assert.True(app.BrokenResponses.Count == 0, string.Join("\n", app.BrokenResponses));
        Assert.Empty(app.ConsoleErrors);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
