using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NewsHub.BrowserTests.Infrastructure;
using NewsHub.Web.Comments;
using NewsHub.Web.Model;

namespace NewsHub.BrowserTests.Comments;

/// <summary>Data the browser tests start from (an article, accounts, comments), written through the app's own services.</summary>
public static class CommunitySeed
{
    public const string Password = "correct horse 42";

    public static async Task<Article> ArticleAsync(BrowserApp app, string title = "Caspian states agree on shared sturgeon quotas")
    {
        await using var db = app.CreateDbContext();
        var key = Guid.NewGuid().ToString("N")[..8];
        var article = new Article
        {
            Source = new Source { Name = "Caspian Daily", Slug = "caspian-daily-" + key, Url = $"https://caspian.example/{key}/feed.xml", CreatedAt = DateTimeOffset.UtcNow },
            Url = $"https://caspian.example/{key}/sturgeon", Title = title, Slug = "caspian-sturgeon-quotas",
            PublishedAt = DateTimeOffset.UtcNow.AddHours(-3), FetchedAt = DateTimeOffset.UtcNow, Status = ArticleStatus.Published,
        };
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return article;
    }

    public static async Task<AppUser> UserAsync(BrowserApp app, string displayName, params string[] roles)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"reader-{Guid.NewGuid():N}@example.test";
        var user = new AppUser { UserName = email, Email = email, DisplayName = displayName, CreatedAt = DateTimeOffset.UtcNow.AddDays(-40) };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        foreach (var role in roles.Append(Roles.Reader).Distinct()) await users.AddToRoleAsync(user, role);
        return user;
    }

    public static async Task<Comment> CommentAsync(BrowserApp app, AppUser author, Article article, string text, long? parentId = null)
    {
        using var scope = app.Services.CreateScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<CommentPoster>().PostAsync(author, article.Id, parentId, text, null);
        Assert.True(outcome.Succeeded, outcome.Message);
        await using var db = app.CreateDbContext();
        return await db.Comments.FindAsync(outcome.CommentId!.Value) ?? throw new InvalidOperationException("comment vanished");
    }

    public static async Task SignInAsync(IPage page, AppUser user, string returnUrl)
    {
        await page.GotoAsync("/account/login?returnUrl=" + Uri.EscapeDataString(returnUrl));
        await page.FillAsync("#Email", user.Email!);
        await page.FillAsync("#Password", Password);
        await page.ClickAsync("button[type=submit]:has-text('Sign in')");
        await page.WaitForURLAsync(url => new Uri(url).PathAndQuery.StartsWith(returnUrl.Split('#')[0], StringComparison.Ordinal));
    }
}
