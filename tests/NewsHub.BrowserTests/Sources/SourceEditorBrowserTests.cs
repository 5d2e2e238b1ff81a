using Microsoft.EntityFrameworkCore;
using NewsHub.BrowserTests.Comments;
using NewsHub.BrowserTests.Infrastructure;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.DemoSite;
using NewsHub.Web.Model;

namespace NewsHub.BrowserTests.Sources;

public sealed class SourceEditorBrowserTests(SourceEditorBrowserTests.App app) : IClassFixture<SourceEditorBrowserTests.App>
{
    /// <summary>The app without a politeness pause for loopback, and the bundled demo outlets on a loopback server of their own.</summary>
    public sealed class App : BrowserApp
    {
        public App() => With("NewsHub:Fetching:PerHostDelay", "00:00:00");

        public LoopbackServer Demo { get; private set; } = null!;

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            Demo = await LoopbackServer.StartAsync(e => e.MapDemoSite());
        }

        public override async Task DisposeAsync()
        {
            if (Demo is not null) await Demo.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    [Fact]
    public async Task An_editor_tests_a_feed_then_adds_it_and_sees_it_in_the_sources_list()
    {
        var editor = await CommunitySeed.UserAsync(app, "Editor Timur", Roles.Editor);
        var feed = app.Demo.Url("demo/caspian-daily/feed.xml").AbsoluteUri;
        foreach (var (name, width, height) in BrowserApp.Viewports)
        {
            var page = await app.NewPageAsync(width, height);
            await CommunitySeed.SignInAsync(page, editor, "/editor/sources/new");
            await page.SelectOptionAsync("#Kind", "Feed");
            await page.FillAsync("#Url", feed + (name == "phone" ? "?phone" : ""));
            await page.FillAsync("#Name", $"Caspian Daily ({name})");
            await page.SelectOptionAsync("#DefaultRegionSlug", "south-caucasus");
            await page.ClickAsync("button:has-text('Test this source')");
            await page.WaitForSelectorAsync(".test-report");
            var report = await page.Locator(".test-report").InnerTextAsync();
            Assert.Contains("articles found.", report, StringComparison.Ordinal);
            Assert.Contains("Georgia and the U.S. hold a rare high-level meeting in Washington", report, StringComparison.Ordinal);
            Assert.Contains("Farid Guliyev", report, StringComparison.Ordinal);
            Assert.Equal(5, await page.Locator(".test-item").CountAsync());
            // The form still holds what was typed.
            Assert.Equal($"Caspian Daily ({name})", await page.InputValueAsync("#Name"));
            await page.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath($"sources-test-{name}"), FullPage = true });
            await using (var db = app.CreateDbContext())
                Assert.False(await db.Sources.AnyAsync(s => s.Name == $"Caspian Daily ({name})"));

            await page.ClickAsync("button:has-text('Add the source')");
            await page.WaitForSelectorAsync(".notice--ok");
            Assert.Contains($"Caspian Daily ({name})", await page.Locator(".sources-table").InnerTextAsync(), StringComparison.Ordinal);
            await page.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath($"sources-list-{name}"), FullPage = true });
            var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1");
            Assert.False(overflow, $"the sources page scrolls sideways ({name})");

            // A bad selector: a clear message, nothing lost.
            await page.GotoAsync("/editor/sources/new");
            await page.FillAsync("#Url", "example.org/rss");
            await page.FillAsync("#Name", "Broken");
            await page.ClickAsync("summary:has-text('CSS selectors')");
            await page.FillAsync("#BodySelector", "article .body[");
            await page.ClickAsync("button:has-text('Add the source')");
            await page.WaitForSelectorAsync(".notice--error");
            Assert.Contains("is not a valid CSS selector", await page.Locator("#BodySelector-error").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Contains("is not a web address", await page.Locator("#Url-error").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Equal("article .body[", await page.InputValueAsync("#BodySelector"));
            await page.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath($"sources-form-errors-{name}"), FullPage = true });
            await page.Context.CloseAsync();
        }
        // 422 is the form sent back with its errors, as intended; anything else is broken.
        var broken = app.BrokenResponses.Where(r => !r.StartsWith("422 ", StringComparison.Ordinal)).ToList();
        Assert.True(broken.Count == 0, string.Join("\n", broken));
        Assert.DoesNotContain(app.ConsoleErrors, e => !e.Contains("status of 422", StringComparison.Ordinal));
        Assert.Empty(app.ExternalRequests);
    }
}
