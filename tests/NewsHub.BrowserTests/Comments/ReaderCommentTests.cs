using Microsoft.Playwright;
using NewsHub.BrowserTests.Infrastructure;

namespace NewsHub.BrowserTests.Comments;

public sealed class ReaderCommentTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_reader_registers_comments_and_replies_at_phone_and_desktop_widths()
    {
        var article = await CommunitySeed.ArticleAsync(app);
        var other = await CommunitySeed.UserAsync(app, "Aigerim");
        var opener = await CommunitySeed.CommentAsync(app, other, article,
            "Quotas alone won't save the sturgeon.\n\nPoaching in the delta is the **real** problem; see https://example.org/delta-report for numbers.");
        var thread = $"/article/{article.Id}/comments";

        foreach (var (name, width, height) in BrowserApp.Viewports)
        {
            var page = await app.NewPageAsync(width, height);
            await page.GotoAsync("/account/register?returnUrl=" + Uri.EscapeDataString(thread));
            await page.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath($"community-register-{name}"), FullPage = true });
            await page.FillAsync("#Email", $"reader-{name}-{Guid.NewGuid():N}@example.test");
            await page.FillAsync("#DisplayName", $"Timur ({name})");
            await page.FillAsync("#Password", "short");
            await page.FillAsync("#ConfirmPassword", "short");
            await page.ClickAsync("button:has-text('Create account')");
            Assert.Contains("at least 10 characters", await page.Locator(".auth-card").InnerTextAsync(), StringComparison.Ordinal);
            await page.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath($"community-register-error-{name}"), FullPage = true });
            await page.FillAsync("#Password", "sturgeon2026");
            await page.FillAsync("#ConfirmPassword", "sturgeon2026");
            await page.ClickAsync("button:has-text('Create account')");
            await page.WaitForURLAsync("**" + thread);
            Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).IsVisibleAsync());

            await page.FillAsync("#comment-body", $"Agreed on enforcement. The **quota** numbers look low to me ({name}).");
            await page.ClickAsync("button:has-text('Post comment')");
            await page.WaitForSelectorAsync(".notice--ok");
            var mine = page.Locator(".comment", new() { HasText = $"look low to me ({name})" }).Last;
            Assert.Equal("quota", await mine.Locator("strong").Last.InnerTextAsync());

            var openerItem = page.Locator($"#comment-{opener.Id}");
            await openerItem.Locator("summary:has-text('Reply')").First.ClickAsync();
            await page.FillAsync($"#reply-body-{opener.Id}", $"Good point about the delta, thanks for the link ({name}).");
            await page.ClickAsync($"#reply-{opener.Id} button:has-text('Post reply')");
            await page.WaitForSelectorAsync(".notice--ok");
            var reply = page.Locator($"#comment-{opener.Id} .comment-list--replies .comment", new() { HasText = $"thanks for the link ({name})" });
            Assert.Equal(1, await reply.CountAsync());
            var link = page.Locator($"#comment-{opener.Id} .comment__body a").First;
            Assert.Equal("nofollow ugc noopener", await link.GetAttributeAsync("rel"));

            await page.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath($"community-thread-{name}"), FullPage = true });
            // Readable on a phone: nothing wider than the viewport.
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"page is {overflow}px wider than the {name} viewport");
            await page.Context.CloseAsync();
        }
        Assert.True(app.BrokenResponses.Count == 0, string.Join("\n", app.BrokenResponses));
        Assert.Empty(app.ConsoleErrors);
        Assert.Empty(app.ExternalRequests);
    }

    [Fact]
    public async Task A_refused_comment_keeps_the_text_and_says_why()
    {
        var article = await CommunitySeed.ArticleAsync(app, "Almaty smog season begins early");
        var reader = await CommunitySeed.UserAsync(app, "Dana");
        var page = await app.NewPageAsync(390, 844);
        var thread = $"/article/{article.Id}/comments";
        await CommunitySeed.SignInAsync(page, reader, thread);
        await page.FillAsync("#comment-body", "x");
        await page.ClickAsync("button:has-text('Post comment')");
        await page.WaitForSelectorAsync("#comment-form .notice--error");
        Assert.Contains("too short", await page.Locator("#comment-form .notice--error").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("x", await page.InputValueAsync("#comment-body"));
        await page.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("community-refused-phone"), FullPage = true });
        await page.Context.CloseAsync();
    }
}
