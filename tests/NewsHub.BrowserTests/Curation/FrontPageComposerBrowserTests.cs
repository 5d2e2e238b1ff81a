using NewsHub.BrowserTests.Comments;
using NewsHub.BrowserTests.Infrastructure;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Model;

namespace NewsHub.BrowserTests.Curation;

public sealed class FrontPageComposerBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_editor_makes_a_story_the_lead_previews_it_publishes_and_the_home_page_shows_it()
    {
        Article lead;
        await using (var db = app.CreateDbContext())
        {
            var b = new StoryBuilder(db);
            await b.EnsureGeographyAsync();
            var caspian = await b.SourceAsync("Caspian Daily");
            var steppe = await b.SourceAsync("Steppe Times");
            var now = DateTimeOffset.UtcNow;
            await b.ArticleAsync(caspian, "US agrees to move Iran nuclear talks to Oman", "Washington accepted the request to hold talks in Muscat.", now.AddHours(-6), ["IR", "US", "OM"]);
            await b.ArticleAsync(steppe, "Uzbekistan expands uranium production", "Navoiyuran will expand production by a third.", now.AddHours(-5), ["UZ"]);
            await b.ArticleAsync(caspian, "Record snowfall closes Georgian mountain passes", "Heavy snow closed the Jvari pass.", now.AddHours(-4), ["GE"]);
            lead = await b.ArticleAsync(steppe, "Kazakhstan picks Balkhash for second nuclear plant",
                "Astana announced the site of its second nuclear power plant near Lake Balkhash.\nConstruction starts next year.", now.AddDays(-2), ["KZ"]);
        }
        var editor = await CommunitySeed.UserAsync(app, "Editor Dana", Roles.Editor);

        var page = await app.NewPageAsync(1280, 900);
        await CommunitySeed.SignInAsync(page, editor, "/editor");
        await page.FillAsync("#composer-search", "Balkhash");
        await page.ClickAsync("button:has-text('Find')");
        var result = page.Locator($"#find-{lead.Id}");
        await result.Locator("button:has-text('Lead')").ClickAsync();
        await page.WaitForSelectorAsync(".notice--ok");
        Assert.Contains(lead.Title, await page.Locator(".slot--lead .slot__title").InnerTextAsync(), StringComparison.Ordinal);
        // A second story below the lead, then a headline override on the lead.
        await page.FillAsync("#composer-search", "uranium");
        await page.ClickAsync("button:has-text('Find')");
        await page.Locator(".finder-item").First.Locator("button:has-text('Add to top')").ClickAsync();
        await page.WaitForSelectorAsync(".notice--ok");
        await page.Locator(".slot--lead summary:has-text('Edit')").ClickAsync();
        await page.Locator(".slot--lead input[name=headline]").FillAsync("Kazakhstan chooses Lake Balkhash for its second reactor");
        await page.Locator(".slot--lead button:has-text('Save')").ClickAsync();
        await page.WaitForSelectorAsync(".notice--ok");
        await page.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("curation-composer-desktop"), FullPage = true });

        // The reader's home page has not changed yet; the preview has.
        var reader = await app.NewPageAsync(390, 844);
        await reader.GotoAsync("/");
        Assert.DoesNotContain("Lake Balkhash for its second reactor", await reader.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        await page.ClickAsync(".admin-nav a:has-text('Preview')");
        Assert.Contains("Kazakhstan chooses Lake Balkhash for its second reactor", await page.Locator(".lead-story").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("curation-preview-desktop"), FullPage = true });
        await page.ClickAsync(".preview-banner button:has-text('Publish')");
        await page.WaitForSelectorAsync(".notice--ok");
        Assert.Contains("Published", await page.Locator(".notice--ok").InnerTextAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();

        await reader.ReloadAsync();
        Assert.Contains("Kazakhstan chooses Lake Balkhash for its second reactor", await reader.Locator(".lead-story").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Uzbekistan expands uranium production", await reader.Locator(".top-list").InnerTextAsync(), StringComparison.Ordinal);
        await reader.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("curation-home-after-publish-phone"), FullPage = true });
        await reader.Context.CloseAsync();

        var phone = await app.NewPageAsync(390, 844);
        await CommunitySeed.SignInAsync(phone, editor, "/editor");
        await phone.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("curation-composer-phone"), FullPage = true });
        await phone.GotoAsync($"/editor/articles/{lead.Id}");
        await phone.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("curation-article-phone"), FullPage = true });
        await phone.GotoAsync("/editor/articles");
        await phone.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("curation-articles-phone"), FullPage = true });
        var overflow = await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, "the article list scrolls sideways on a phone");
        await phone.Context.CloseAsync();

        Assert.True(app.BrokenResponses.Count == 0, string.Join("\n", app.BrokenResponses));
        Assert.Empty(app.ConsoleErrors);
        Assert.Empty(app.ExternalRequests);
    }
}
