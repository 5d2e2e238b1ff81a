using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsHub.IntegrationTests.Accounts;
using NewsHub.IntegrationTests.Comments;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Model;

namespace NewsHub.IntegrationTests.Moderation;

public sealed class ModerationFlowTests(NewsHubAppFactory app) : IClassFixture<NewsHubAppFactory>
{
    [Fact]
    public async Task Pending_queue_shows_context_history_and_reason_and_approval_publishes()
    {
        var article = await TestArticles.CreateAsync(app, a => a.PreModerateComments = true);
        var (_, admin) = await CommunityClient.NewReaderAsync(app, "Moderator", Roles.Admin);
        var (alice, aliceClient) = await CommunityClient.NewReaderAsync(app, "Alice");
        var (bob, bobClient) = await CommunityClient.NewReaderAsync(app, "Bob");
        await aliceClient.PostAsync(article, "Alice asks about the water quotas.");
        var parent = await ThreadSteps.LatestByAsync(app, alice);
        await admin.PostAndFollowAsync("/admin/moderation", $"/admin/moderation/{parent.Id}/approve", new() { ["returnUrl"] = "/admin/moderation" });
        await bobClient.PostAsync(article, "Bob answers: quotas are fixed yearly.", parent.Id);
        var reply = await ThreadSteps.LatestByAsync(app, bob);

        var queue = await admin.GetPageAsync("/admin/moderation");
        Assert.Contains("Bob answers: quotas are fixed yearly.", queue, StringComparison.Ordinal);
        Assert.Contains("In reply to Alice:", queue, StringComparison.Ordinal);
        Assert.Contains("Alice asks about the water quotas.", queue, StringComparison.Ordinal);
        Assert.Contains(article.Title, queue, StringComparison.Ordinal);
        Assert.Contains("Why it is here:</strong> Comments on this article are pre-moderated.", queue, StringComparison.Ordinal);
        Assert.Contains("0 approved · 0 rejected · 1 pending", queue, StringComparison.Ordinal);

        Assert.Equal(1, await ThreadSteps.CommentCountAsync(app, article));
        var after = await admin.PostAndFollowAsync("/admin/moderation", $"/admin/moderation/{reply.Id}/approve", new() { ["returnUrl"] = "/admin/moderation" });
        Assert.Contains($"Comment {reply.Id} approved.", after, StringComparison.Ordinal);
        Assert.Equal(2, await ThreadSteps.CommentCountAsync(app, article));
        Assert.Contains("Bob answers", await CommunityClient.Anonymous(app).GetPageAsync(TestArticles.ThreadUrl(article)), StringComparison.Ordinal);
        await using var db = app.CreateDbContext();
        var entry = await db.AuditLog.SingleAsync(e => e.Action == "comment.approve" && e.TargetId == reply.Id.ToString());
        Assert.Contains("Moderator", entry.ActorName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejected_comment_disappears_and_its_author_sees_the_reason()
    {
        var article = await TestArticles.CreateAsync(app);
        var (_, admin) = await CommunityClient.NewReaderAsync(app, "Moderator", Roles.Admin);
        var (author, client) = await CommunityClient.NewReaderAsync(app, "Ranter");
        await client.PostAsync(article, "Off-topic rant about football.");
        var comment = await ThreadSteps.LatestByAsync(app, author);
        await admin.PostAndFollowAsync("/admin/moderation?queue=Approved", $"/admin/moderation/{comment.Id}/reject", new() { ["reason"] = "Off-topic" });

        Assert.DoesNotContain("Off-topic rant", await CommunityClient.Anonymous(app).GetPageAsync(TestArticles.ThreadUrl(article)), StringComparison.Ordinal);
        var own = await client.GetPageAsync(TestArticles.ThreadUrl(article));
        Assert.Contains("Removed by a moderator", own, StringComparison.Ordinal);
        Assert.Contains("Rejected by a moderator: Off-topic", own, StringComparison.Ordinal);
        Assert.Equal(0, await ThreadSteps.CommentCountAsync(app, article));
        await using var db = app.CreateDbContext();
        Assert.Equal("Off-topic", (await db.AuditLog.SingleAsync(e => e.Action == "comment.reject" && e.TargetId == comment.Id.ToString())).Reason);
    }

    [Fact]
    public async Task Reported_comment_is_queued_and_banning_the_author_rejects_everything_and_blocks_sign_in()
    {
        var article = await TestArticles.CreateAsync(app);
        var (_, admin) = await CommunityClient.NewReaderAsync(app, "Moderator", Roles.Admin);
        var (troll, trollClient) = await CommunityClient.NewReaderAsync(app, "Troll");
        var (_, reporter) = await CommunityClient.NewReaderAsync(app, "Reporter");
        await trollClient.PostAsync(article, "First nasty remark.");
        await trollClient.PostAsync(article, "Second nasty remark.");
        var comment = await ThreadSteps.LatestByAsync(app, troll);
        await reporter.ReportAsync(article, comment.Id, "Abuse");

        var queue = await admin.GetPageAsync("/admin/moderation?queue=Reported");
        Assert.Contains("Second nasty remark.", queue, StringComparison.Ordinal);
        Assert.Contains("Reported: Abuse", queue, StringComparison.Ordinal);
        Assert.Contains("Why it is here:</strong> Reported 1 time", queue, StringComparison.Ordinal);

        var after = await admin.PostAndFollowAsync("/admin/moderation?queue=Reported", $"/admin/moderation/{comment.Id}/ban-author",
            new() { ["reason"] = "Harassment", ["rejectComments"] = "true", ["returnUrl"] = "/admin/moderation?queue=Reported" });
        Assert.Contains("The author is banned.", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Second nasty remark.", after, StringComparison.Ordinal);

        await using var db = app.CreateDbContext();
        Assert.True((await db.Users.SingleAsync(u => u.Id == troll.Id)).IsBanned);
        Assert.All(await db.Comments.Where(c => c.AuthorId == troll.Id).ToListAsync(), c => Assert.Equal(CommentStatus.Rejected, c.Status));
        Assert.All(await db.CommentReports.Where(r => r.CommentId == comment.Id).ToListAsync(), r => Assert.NotNull(r.ResolvedAt));
        Assert.Equal(0, await ThreadSteps.CommentCountAsync(app, article));
        var actions = await db.AuditLog.Where(e => e.TargetId == troll.Id).Select(e => e.Action).ToListAsync();
        Assert.Contains("user.ban", actions);
        Assert.Contains("comment.reject", actions);

        var login = await CommunityClient.Anonymous(app).PostFormAsync("/account/login", "/account/login", new() { ["Email"] = troll.Email!, ["Password"] = CommunityClient.Password });
        Assert.Contains("This account has been banned", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suspended_author_gets_a_clear_message_when_commenting()
    {
        var article = await TestArticles.CreateAsync(app);
        var (_, admin) = await CommunityClient.NewReaderAsync(app, "Moderator", Roles.Admin);
        var (author, client) = await CommunityClient.NewReaderAsync(app, "Hothead");
        await client.PostAsync(article, "Heated but fine.");
        var comment = await ThreadSteps.LatestByAsync(app, author);
        var until = DateTimeOffset.UtcNow.AddDays(3).ToString("yyyy-MM-dd");
        await admin.PostAndFollowAsync("/admin/moderation?queue=Approved", $"/admin/moderation/{comment.Id}/suspend-author",
            new() { ["until"] = until, ["reason"] = "Cool down" });

        var page = await client.PostAsync(article, "Trying again while suspended.");
        Assert.Contains("Your account is suspended until", page, StringComparison.Ordinal);
        Assert.Contains(">Trying again while suspended.</textarea>", page, StringComparison.Ordinal);
        Assert.Contains("Heated but fine.", page, StringComparison.Ordinal); // comments were not rejected
    }

    [Fact]
    public async Task Word_lists_are_edited_in_the_admin_and_audited()
    {
        var (_, admin) = await CommunityClient.NewReaderAsync(app, "Moderator", Roles.Admin);
        var page = await admin.PostAndFollowAsync("/admin/words", "/admin/words/add", new() { ["word"] = "  Spam   Link ", ["kind"] = "Suspect" });
        Assert.Contains("“Spam Link” added to the suspect list.", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        page = await admin.PostAndFollowAsync("/admin/words", "/admin/words/add", new() { ["word"] = "spám link", ["kind"] = "Suspect" });
        Assert.Contains("already on the suspect list", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        await using var db = app.CreateDbContext();
        var word = await db.ModerationWords.SingleAsync(w => w.Word == "Spam Link");
        page = await admin.PostAndFollowAsync("/admin/words", $"/admin/words/{word.Id}/remove", []);
        Assert.Contains("“Spam Link” removed.", WebUtility.HtmlDecode(page), StringComparison.Ordinal);

        var audit = await admin.GetPageAsync("/admin/audit?action=word.add");
        Assert.Contains("Spam Link", audit, StringComparison.Ordinal);
        Assert.DoesNotContain("<code>word.remove</code>", audit, StringComparison.Ordinal);
        Assert.Contains("<code>word.remove</code>", await admin.GetPageAsync("/admin/audit?action=word.remove"), StringComparison.Ordinal);
    }
}
