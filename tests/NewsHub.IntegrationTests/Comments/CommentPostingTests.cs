using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsHub.IntegrationTests.Accounts;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Model;

namespace NewsHub.IntegrationTests.Comments;

public sealed class CommentPostingTests(NewsHubAppFactory app) : IClassFixture<NewsHubAppFactory>
{
    [Fact]
    public async Task Empty_thread_invites_the_first_comment_and_a_posted_comment_is_counted_and_shown()
    {
        var article = await TestArticles.CreateAsync(app);
        var (_, reader) = await CommunityClient.NewReaderAsync(app, "Leyla");
        var empty = await reader.GetPageAsync(TestArticles.ThreadUrl(article));
        Assert.Contains("Leave the first comment", empty, StringComparison.Ordinal);
        Assert.Contains(article.Title, empty, StringComparison.Ordinal);
        Assert.Contains($"href=\"/article/{article.Id}/baku-water-summit\"", empty, StringComparison.Ordinal);

        var page = await reader.PostAsync(article, "The summit *finally* addresses the Aral basin.");
        Assert.Contains("Your comment is published.", page, StringComparison.Ordinal);
        Assert.Contains("<em>finally</em>", page, StringComparison.Ordinal);
        Assert.Equal(1, await ThreadSteps.CommentCountAsync(app, article));

        var anonymous = await CommunityClient.Anonymous(app).GetPageAsync(TestArticles.ThreadUrl(article));
        Assert.Contains("<em>finally</em>", anonymous, StringComparison.Ordinal);
        Assert.Contains("Sign in</a> or <a href=\"/account/register\">create an account</a>", anonymous, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"comment-form\"", anonymous, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_readers_see_a_new_or_edited_comment_at_once_though_the_page_is_cached()
    {
        var article = await TestArticles.CreateAsync(app);
        using var anonymous = app.CreateClient();
        async Task<(string Html, bool FromCache)> ViewAsync()
        {
            using var response = await anonymous.GetAsync($"/article/{article.Id}/{article.Slug}");
            response.EnsureSuccessStatusCode();
            return (await response.Content.ReadAsStringAsync(), response.Headers.Age is not null);
        }
        Assert.DoesNotContain("Water quotas", (await ViewAsync()).Html, StringComparison.Ordinal);
        // The first response is stored once it has been sent: a view a moment later is answered from the cache.
        var fromCache = false;
        for (var i = 0; i < 20 && !fromCache; i++)
        {
            await Task.Delay(100);
            fromCache = (await ViewAsync()).FromCache;
        }
        Assert.True(fromCache, "a later anonymous view should come from the output cache");

        var (author, reader) = await CommunityClient.NewReaderAsync(app, "Dilnoza");
        await reader.PostAsync(article, "Water quotas were the real story here.");
        Assert.Contains("Water quotas were the real story here.", (await ViewAsync()).Html, StringComparison.Ordinal);

        var comment = await ThreadSteps.LatestByAsync(app, author);
        await reader.EditAsync(article, comment.Id, "Water quotas, and the dams upstream, were the real story.");
        var edited = (await ViewAsync()).Html;
        Assert.Contains("and the dams upstream", edited, StringComparison.Ordinal);
        Assert.DoesNotContain("Water quotas were the real story here.", edited, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_post_is_sent_to_sign_in()
    {
        var article = await TestArticles.CreateAsync(app);
        var client = CommunityClient.Anonymous(app);
        var response = await client.PostFormAsync("/account/login", "/comments/post", new() { ["articleId"] = article.Id.ToString(), ["body"] = "hello there" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a", "too short")]
    [InlineData(null, "too long")]
    public async Task Length_limits_refuse_with_a_message_and_keep_the_text(string? body, string message)
    {
        var article = await TestArticles.CreateAsync(app);
        var (_, reader) = await CommunityClient.NewReaderAsync(app, "Arman");
        body ??= "Long words " + new string('x', 5000);
        var page = await reader.PostAsync(article, body);
        Assert.Contains(message, page, StringComparison.Ordinal);
        Assert.Contains(">" + body + "</textarea>", page, StringComparison.Ordinal);
        Assert.Equal(0, await ThreadSteps.CommentCountAsync(app, article));
    }

    [Fact]
    public async Task Sixth_comment_in_a_minute_is_refused_and_kept_in_the_form()
    {
        var article = await TestArticles.CreateAsync(app);
        var (_, reader) = await CommunityClient.NewReaderAsync(app, "Rapid");
        for (var i = 1; i <= 5; i++) Assert.Contains("Your comment is published.", await reader.PostAsync(article, $"Thought number {i} on water."), StringComparison.Ordinal);
        var page = await reader.PostAsync(article, "Thought number 6 on water.");
        Assert.Contains("You have posted 5 comments in the last 1 minute", page, StringComparison.Ordinal);
        Assert.Contains(">Thought number 6 on water.</textarea>", page, StringComparison.Ordinal);
        Assert.Equal(5, await ThreadSteps.CommentCountAsync(app, article));
    }

    [Fact]
    public async Task Same_text_again_is_a_duplicate_even_with_different_case_and_spacing()
    {
        var article = await TestArticles.CreateAsync(app);
        var (_, reader) = await CommunityClient.NewReaderAsync(app, "Echo");
        await reader.PostAsync(article, "Great reporting, thank you!");
        var page = await reader.PostAsync(article, "great   reporting thank you");
        Assert.Contains("You have just posted the same comment.", page, StringComparison.Ordinal);
        Assert.Equal(1, await ThreadSteps.CommentCountAsync(app, article));
    }

    [Fact]
    public async Task Closed_thread_refuses_comments_and_shows_why()
    {
        var article = await TestArticles.CreateAsync(app, a => a.CommentsClosed = true);
        var (_, reader) = await CommunityClient.NewReaderAsync(app, "Late");
        var before = await reader.GetPageAsync(TestArticles.ThreadUrl(article));
        Assert.Contains("Comments on this article are closed.", before, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"comment-form\"", before, StringComparison.Ordinal);
        // A form kept open in another tab still cannot post.
        var response = await reader.PostFormAsync("/account/password", "/comments/post",
            new() { ["articleId"] = article.Id.ToString(), ["body"] = "Sneaking in", ["returnUrl"] = TestArticles.ThreadUrl(article) });
        var page = await reader.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Comments on this article are closed.", page, StringComparison.Ordinal);
        Assert.Equal(0, await ThreadSteps.CommentCountAsync(app, article));
    }

    [Fact]
    public async Task Thread_closes_automatically_fourteen_days_after_publication()
    {
        var old = await TestArticles.CreateAsync(app, a => a.PublishedAt = DateTimeOffset.UtcNow.AddDays(-15));
        var recent = await TestArticles.CreateAsync(app, a => a.PublishedAt = DateTimeOffset.UtcNow.AddDays(-13));
        var (_, reader) = await CommunityClient.NewReaderAsync(app, "Archivist");
        Assert.Contains("Comments close 14 days after an article is published", await reader.PostAsync(old, "Still relevant today."), StringComparison.Ordinal);
        Assert.Contains("Your comment is published.", await reader.PostAsync(recent, "Still relevant today."), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Author_edits_within_the_window_and_not_after()
    {
        var article = await TestArticles.CreateAsync(app);
        var (user, reader) = await CommunityClient.NewReaderAsync(app, "Editor");
        await reader.PostAsync(article, "Teh dam is finished.");
        var comment = await ThreadSteps.LatestByAsync(app, user);
        var page = await reader.EditAsync(article, comment.Id, "The dam is finished.");
        Assert.Contains("Your edit is saved.", page, StringComparison.Ordinal);
        Assert.Contains(">edited</span>", page, StringComparison.Ordinal);
        Assert.Contains("The dam is finished.", page, StringComparison.Ordinal);

        await using (var db = app.CreateDbContext())
            await db.Comments.Where(c => c.Id == comment.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.CreatedAt, DateTimeOffset.UtcNow.AddMinutes(-16)));
        page = await reader.EditAsync(article, comment.Id, "The dam is NOT finished.");
        Assert.Contains("Comments can be edited for 15 minutes after posting", page, StringComparison.Ordinal);
        Assert.Equal("The dam is finished.", (await ThreadSteps.LatestByAsync(app, user)).Body);
    }

    [Fact]
    public async Task Deleting_a_comment_with_replies_leaves_a_placeholder_and_without_replies_removes_it()
    {
        var article = await TestArticles.CreateAsync(app);
        var (alice, aliceClient) = await CommunityClient.NewReaderAsync(app, "Alice");
        var (bob, bobClient) = await CommunityClient.NewReaderAsync(app, "Bob");
        await aliceClient.PostAsync(article, "Parent comment from Alice.");
        var parent = await ThreadSteps.LatestByAsync(app, alice);
        await bobClient.PostAsync(article, "Bob replies to Alice.", parent.Id);
        await aliceClient.PostAsync(article, "A lonely second comment.");
        var lonely = await ThreadSteps.LatestByAsync(app, alice);
        Assert.Equal(3, await ThreadSteps.CommentCountAsync(app, article));

        await aliceClient.DeleteAsync(article, parent.Id);
        var page = await aliceClient.DeleteAsync(article, lonely.Id);
        Assert.Contains("Comment deleted", page, StringComparison.Ordinal);
        Assert.Contains("Bob replies to Alice.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Parent comment from Alice.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("A lonely second comment.", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"id=\"comment-{lonely.Id}\"", page, StringComparison.Ordinal);
        Assert.Equal(1, await ThreadSteps.CommentCountAsync(app, article));
        _ = bob;
    }

    [Fact]
    public async Task Replies_nest_to_depth_three_then_flatten()
    {
        var article = await TestArticles.CreateAsync(app);
        var (user, reader) = await CommunityClient.NewReaderAsync(app, "Nester");
        long? parent = null;
        var chain = new List<Comment>();
        for (var level = 0; level <= 4; level++)
        {
            await reader.PostAsync(article, $"Level {level} of the conversation.", parent);
            var c = await ThreadSteps.LatestByAsync(app, user);
            chain.Add(c);
            parent = c.Id;
        }
        Assert.Equal([0, 1, 2, 3, 3], chain.Select(c => c.Depth));
        Assert.Equal(chain[2].Id, chain[3].ParentId);
        Assert.Equal(chain[2].Id, chain[4].ParentId); // a reply to the deepest comment becomes its sibling
        var page = await reader.GetPageAsync(TestArticles.ThreadUrl(article));
        Assert.Equal(3, CountOccurrences(page, "comment-list--replies"));
    }

    [Fact]
    public async Task A_reader_can_report_a_comment_once()
    {
        var article = await TestArticles.CreateAsync(app);
        var (author, authorClient) = await CommunityClient.NewReaderAsync(app, "Troll");
        var (_, reporter) = await CommunityClient.NewReaderAsync(app, "Reporter");
        await authorClient.PostAsync(article, "Something nasty.");
        var comment = await ThreadSteps.LatestByAsync(app, author);
        Assert.Contains("Thank you for the report", await reporter.ReportAsync(article, comment.Id, "Abuse"), StringComparison.Ordinal);
        Assert.Contains("You have already reported this comment.", await reporter.ReportAsync(article, comment.Id, "Spam"), StringComparison.Ordinal);
        Assert.Contains("You cannot report your own comment", await authorClient.ReportAsync(article, comment.Id, "Spam"), StringComparison.Ordinal);
        await using var db = app.CreateDbContext();
        Assert.Equal(1, await db.CommentReports.CountAsync(r => r.CommentId == comment.Id));
        Assert.Equal(1, (await db.Comments.SingleAsync(c => c.Id == comment.Id)).ReportCount);
    }

    [Fact]
    public async Task Newest_first_sort_reverses_top_level_comments()
    {
        var article = await TestArticles.CreateAsync(app);
        var (_, reader) = await CommunityClient.NewReaderAsync(app, "Sorter");
        await reader.PostAsync(article, "Oldest remark here.");
        await reader.PostAsync(article, "Newest remark here.");
        var oldest = await reader.GetPageAsync(TestArticles.ThreadUrl(article));
        var newest = await reader.GetPageAsync(TestArticles.ThreadUrl(article) + "?comments=newest");
        Assert.True(oldest.IndexOf("Oldest remark", StringComparison.Ordinal) < oldest.IndexOf("Newest remark", StringComparison.Ordinal));
        Assert.True(newest.IndexOf("Newest remark", StringComparison.Ordinal) < newest.IndexOf("Oldest remark", StringComparison.Ordinal));
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
