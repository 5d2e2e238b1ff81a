using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NewsHub.BrowserTests.Comments;
using NewsHub.BrowserTests.Infrastructure;
using NewsHub.Web.Model;

namespace NewsHub.BrowserTests.Moderation;

public sealed class ReportAndBanTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_reader_reports_a_comment_and_an_admin_removes_it_and_bans_the_author()
    {
        var article = await CommunitySeed.ArticleAsync(app, "Middle Corridor cargo volumes double");
        var troll = await CommunitySeed.UserAsync(app, "Provocateur");
        var reader = await CommunitySeed.UserAsync(app, "Saule");
        var admin = await CommunitySeed.UserAsync(app, "Moderator Meruyert", Roles.Admin);
        await CommunitySeed.CommentAsync(app, reader, article, "Good news for Aktau port workers.");
        var nasty = await CommunitySeed.CommentAsync(app, troll, article, "Everyone who believes this is a fool and should leave the country.");
        var thread = $"/article/{article.Id}/comments";

        var readerPage = await app.NewPageAsync(390, 844);
        await CommunitySeed.SignInAsync(readerPage, reader, thread);
        var item = readerPage.Locator($"#comment-{nasty.Id}");
        await item.Locator("summary:has-text('Report')").ClickAsync();
        await item.Locator("select[name=reason]").SelectOptionAsync("Abuse");
        await item.Locator("input[name=details]").FillAsync("Insults other readers");
        await readerPage.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("community-report-phone"), FullPage = true });
        await item.Locator("button:has-text('Send report')").ClickAsync();
        await readerPage.WaitForSelectorAsync(".notice--ok");
        Assert.Contains("Thank you for the report", await readerPage.Locator(".notice--ok").InnerTextAsync(), StringComparison.Ordinal);
        await readerPage.Context.CloseAsync();

        foreach (var (name, width, height) in BrowserApp.Viewports)
        {
            var adminPage = await app.NewPageAsync(width, height);
            await CommunitySeed.SignInAsync(adminPage, admin, "/admin");
            await adminPage.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath($"community-admin-{name}"), FullPage = true });
            await adminPage.GotoAsync("/admin/moderation?queue=Reported");
            await adminPage.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath($"community-moderation-reported-{name}"), FullPage = true });
            await adminPage.Context.CloseAsync();
        }

        var page = await app.NewPageAsync(1280, 900);
        await CommunitySeed.SignInAsync(page, admin, "/admin/moderation?queue=Reported");
        var entry = page.Locator($"#entry-{nasty.Id}");
        Assert.Contains("Abuse: Insults other readers", await entry.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Reported 1 time", await entry.Locator(".mod-entry__why").InnerTextAsync(), StringComparison.Ordinal);
        await entry.Locator("summary:has-text('Ban author')").ClickAsync();
        await entry.Locator("input[name=reason]").Last.FillAsync("Abusive towards other readers");
        await entry.Locator("button:has-text('Ban')").Last.ClickAsync();
        await page.WaitForSelectorAsync(".notice--ok");
        Assert.Contains("The author is banned.", await page.Locator(".notice--ok").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator($"#entry-{nasty.Id}").CountAsync());

        await page.GotoAsync("/admin/audit");
        await page.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("community-audit-desktop"), FullPage = true });
        Assert.Contains("user.ban", await page.Locator("table").InnerTextAsync(), StringComparison.Ordinal);
        await page.GotoAsync($"/admin/users/{troll.Id}");
        Assert.Contains("Banned", await page.Locator(".facts").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("community-user-desktop"), FullPage = true });
        await page.GotoAsync(thread);
        Assert.Equal(0, await page.Locator($"#comment-{nasty.Id}").CountAsync());
        Assert.Equal(1, await page.Locator(".comment").CountAsync());
        await page.Context.CloseAsync();

        await using var db = app.CreateDbContext();
        Assert.True((await db.Users.SingleAsync(u => u.Id == troll.Id)).IsBanned);
        Assert.Equal(CommentStatus.Rejected, (await db.Comments.SingleAsync(c => c.Id == nasty.Id)).Status);

        var trollPage = await app.NewPageAsync(390, 844);
        await trollPage.GotoAsync("/account/login");
        await trollPage.FillAsync("#Email", troll.Email!);
        await trollPage.FillAsync("#Password", CommunitySeed.Password);
        await trollPage.ClickAsync("button:has-text('Sign in')");
        Assert.Contains("This account has been banned", await trollPage.Locator(".auth-card").InnerTextAsync(), StringComparison.Ordinal);
        await trollPage.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("community-banned-login-phone"), FullPage = true });
        await trollPage.Context.CloseAsync();

        Assert.True(app.BrokenResponses.Count == 0, string.Join("\n", app.BrokenResponses));
        Assert.Empty(app.ConsoleErrors);
    }
}
