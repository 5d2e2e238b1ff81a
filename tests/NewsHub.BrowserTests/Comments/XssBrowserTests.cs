using Microsoft.Extensions.DependencyInjection;
using NewsHub.BrowserTests.Infrastructure;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Comments;

namespace NewsHub.BrowserTests.Comments;

/// <summary>The corpus exceeds the default rate limit; nothing else differs from the defaults.</summary>
public sealed class XssBrowserApp : BrowserApp
{
    public XssBrowserApp() => With("Comments:RateLimit", "1000");
}

public sealed class XssBrowserTests(XssBrowserApp app) : IClassFixture<XssBrowserApp>
{
    [Fact]
    public async Task Hostile_comments_do_not_execute_in_chromium_even_without_the_content_security_policy()
    {
        var payloads = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "tests", "NewsHub.Tests", "Comments", "xss-payloads.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Replace("\\n", "\n", StringComparison.Ordinal)).ToList();
        Assert.True(payloads.Count >= 50);
        var article = await CommunitySeed.ArticleAsync(app, "Turkmenbashi port expansion opens");
        var mallory = await CommunitySeed.UserAsync(app, "Mallory");
        using (var scope = app.Services.CreateScope())
        {
            var poster = scope.ServiceProvider.GetRequiredService<CommentPoster>();
            for (var i = 0; i < payloads.Count; i++)
            {
                var outcome = await poster.PostAsync(mallory, article.Id, null, payloads[i] + $"\n\nPayload {i}", null);
                Assert.True(outcome.Succeeded, $"{payloads[i]}: {outcome.Message}");
            }
        }

        // The CSP alone would block inline handlers; bypass it so the test proves the HTML itself is inert.
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, BypassCSP = true, ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) => { lock (dialogs) dialogs.Add(dialog.Message); await dialog.DismissAsync(); };
        await page.RouteAsync("**/*", async route =>
        {
            if (new Uri(route.Request.Url).Host is "127.0.0.1" or "localhost") await route.ContinueAsync();
            else await route.AbortAsync();
        });
        await page.AddInitScriptAsync("window.__xss = undefined; window.alert = function(m){ window.__xss = 'alert:' + m; }; window.confirm = window.prompt = window.alert;");
        await page.GotoAsync($"/article/{article.Id}/comments");
        Assert.Equal(payloads.Count, await page.Locator(".comment__body").CountAsync());

        // Give handlers every chance: hover, focus and click every element in the comments, then wait.
        var elements = page.Locator(".comment__body *");
        for (var i = 0; i < await elements.CountAsync(); i++)
        {
            var element = elements.Nth(i);
            if (!await element.IsVisibleAsync()) continue;
            await element.HoverAsync(new() { Timeout = 10000 });
            await element.FocusAsync(new() { Timeout = 10000 });
        }
        await page.WaitForTimeoutAsync(500);
        await page.ScreenshotAsync(new() { Path = BrowserApp.ScreenshotPath("community-xss-desktop"), FullPage = false });

        Assert.Empty(dialogs);
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__xss"));
        var unsafeNodes = await page.EvaluateAsync<string[]>(@"() => Array.from(document.querySelectorAll('.comments *')).flatMap(e =>
            Array.from(e.attributes).filter(a => a.name.startsWith('on') || /^\s*(javascript|data|vbscript):/i.test(a.value) || a.name === 'style' || a.name === 'srcdoc')
              .map(a => e.tagName + ' ' + a.name + '=' + a.value))
            .concat(Array.from(document.querySelectorAll('.comments script, .comments iframe, .comments object, .comments embed, .comments svg, .comments img, .comments style')).map(e => e.outerHTML.slice(0, 120)))");
        Assert.Empty(unsafeNodes);
        var hrefs = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('.comment__body a')).map(a => a.protocol)");
        Assert.All(hrefs, protocol => Assert.True(protocol is "http:" or "https:", protocol));
        await context.CloseAsync();
    }
}
