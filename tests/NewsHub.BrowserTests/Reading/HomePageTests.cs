using Microsoft.Playwright;
using NewsHub.BrowserTests.Infrastructure;

namespace NewsHub.BrowserTests.Reading;

public sealed class HomePageTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Home_page_renders_styled_at_phone_and_desktop_widths()
    {
        foreach (var (name, width, height) in BrowserApp.Viewports)
        {
            var page = await app.NewPageAsync(width, height);
            var response = await page.GotoAsync("/");
            Assert.Equal(200, response!.Status);
            await page.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath($"home-{name}"), FullPage = true });
            Assert.True(app.BrokenResponses.Count == 0, string.Join("\n", app.BrokenResponses));
            Assert.Empty(app.ConsoleErrors);
            Assert.Equal(1, await page.Locator("h1").CountAsync());
            // The stylesheet really applied: the masthead has the brand colour, not the browser default.
            var background = await page.Locator("header.masthead").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
            Assert.Equal("rgb(11, 61, 92)", background);
            Assert.True(await page.GetByRole(AriaRole.Search).IsVisibleAsync());
            await page.Context.CloseAsync();
        }
        Assert.Empty(app.ExternalRequests);
    }
}
