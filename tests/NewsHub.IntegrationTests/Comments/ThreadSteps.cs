using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsHub.IntegrationTests.Accounts;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Model;

namespace NewsHub.IntegrationTests.Comments;

/// <summary>What a reader does on a thread page, as HTTP: post, reply, edit, delete, report.</summary>
public static class ThreadSteps
{
    public static Task<string> PostAsync(this CommunityClient client, Article article, string body, long? parentId = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["articleId"] = article.Id.ToString(CultureInfo.InvariantCulture), ["body"] = body, ["returnUrl"] = TestArticles.ThreadUrl(article),
        };
        if (parentId is not null) fields["parentId"] = parentId.Value.ToString(CultureInfo.InvariantCulture);
        return client.PostAndFollowAsync(TestArticles.ThreadUrl(article), "/comments/post", fields);
    }

    public static Task<string> EditAsync(this CommunityClient client, Article article, long commentId, string body) =>
        client.PostAndFollowAsync(TestArticles.ThreadUrl(article), $"/comments/{commentId}/edit", new() { ["body"] = body, ["returnUrl"] = TestArticles.ThreadUrl(article) });

    public static Task<string> DeleteAsync(this CommunityClient client, Article article, long commentId) =>
        client.PostAndFollowAsync(TestArticles.ThreadUrl(article), $"/comments/{commentId}/delete", new() { ["returnUrl"] = TestArticles.ThreadUrl(article) });

    public static Task<string> ReportAsync(this CommunityClient client, Article article, long commentId, string reason) =>
        client.PostAndFollowAsync(TestArticles.ThreadUrl(article), $"/comments/{commentId}/report", new() { ["reason"] = reason, ["returnUrl"] = TestArticles.ThreadUrl(article) });

    public static async Task<Comment> LatestByAsync(NewsHubAppFactory app, AppUser author)
    {
        await using var db = app.CreateDbContext();
        return await db.Comments.AsNoTracking().Where(c => c.AuthorId == author.Id).OrderByDescending(c => c.Id).FirstAsync();
    }

    public static async Task<int> CommentCountAsync(NewsHubAppFactory app, Article article)
    {
        await using var db = app.CreateDbContext();
        return await db.Articles.Where(a => a.Id == article.Id).Select(a => a.CommentCount).SingleAsync();
    }
}
