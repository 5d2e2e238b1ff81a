using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsHub.IntegrationTests.Accounts;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Model;

namespace NewsHub.IntegrationTests.Comments;

public sealed class PreModerationTests(NewsHubAppFactory app) : IClassFixture<NewsHubAppFactory>
{
    [Fact]
    public async Task Article_pre_moderation_holds_the_comment_visible_only_to_its_author()
    {
        var article = await TestArticles.CreateAsync(app, a => a.PreModerateComments = true);
        var (author, authorClient) = await CommunityClient.NewReaderAsync(app, "Patient");
        var page = await authorClient.PostAsync(article, "A measured opinion on the summit.");
        Assert.Contains("awaiting moderation", page, StringComparison.Ordinal);
        Assert.Contains("Awaiting moderation</span>", page, StringComparison.Ordinal);
        Assert.Contains("Comments on this article are pre-moderated.", page, StringComparison.Ordinal);

        var (_, other) = await CommunityClient.NewReaderAsync(app, "Other");
        Assert.DoesNotContain("A measured opinion", await other.GetPageAsync(TestArticles.ThreadUrl(article)), StringComparison.Ordinal);
        Assert.DoesNotContain("A measured opinion", await CommunityClient.Anonymous(app).GetPageAsync(TestArticles.ThreadUrl(article)), StringComparison.Ordinal);
        Assert.Equal(0, await ThreadSteps.CommentCountAsync(app, article));
        var stored = await ThreadSteps.LatestByAsync(app, author);
        Assert.Equal(CommentStatus.Pending, stored.Status);
        Assert.Equal("Comments on this article are pre-moderated.", stored.StatusReason);
    }

    [Fact]
    public async Task Source_pre_moderation_holds_comments_and_names_the_source()
    {
        var article = await TestArticles.CreateAsync(app, sourcePreModerates: true);
        var (author, client) = await CommunityClient.NewReaderAsync(app, "Sourceful");
        await client.PostAsync(article, "Comment on a pre-moderated outlet.");
        var stored = await ThreadSteps.LatestByAsync(app, author);
        Assert.Equal(CommentStatus.Pending, stored.Status);
        Assert.StartsWith("Comments on stories from Caspian Daily", stored.StatusReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flagged_account_is_pre_moderated_everywhere()
    {
        var article = await TestArticles.CreateAsync(app);
        var (author, client) = await CommunityClient.NewReaderAsync(app, "Flagged");
        await using (var db = app.CreateDbContext())
            await db.Users.Where(u => u.Id == author.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.PreModerate, true));
        await client.PostAsync(article, "My comment needs checking.");
        var stored = await ThreadSteps.LatestByAsync(app, author);
        Assert.Equal(CommentStatus.Pending, stored.Status);
        Assert.Equal("This account's comments are pre-moderated.", stored.StatusReason);
    }

    [Fact]
    public async Task Banned_word_refuses_naming_the_word_and_suspect_word_holds_for_review()
    {
        await using (var db = app.CreateDbContext())
        {
            db.ModerationWords.Add(new ModerationWord { Word = "scoundrel", Kind = WordListKind.Banned, CreatedAt = DateTimeOffset.UtcNow });
            db.ModerationWords.Add(new ModerationWord { Word = "crypto giveaway", Kind = WordListKind.Suspect, CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }
        var article = await TestArticles.CreateAsync(app);
        var (author, client) = await CommunityClient.NewReaderAsync(app, "Wordy");
        var refused = await client.PostAsync(article, "The minister is a SCOUNDRÉL, frankly.");
        Assert.Contains("not allowed here: “scoundrel”", WebUtility.HtmlDecode(refused), StringComparison.Ordinal);
        Assert.Contains(">The minister is a SCOUNDRÉL, frankly.</textarea>", WebUtility.HtmlDecode(refused), StringComparison.Ordinal);

        await client.PostAsync(article, "Join the Crypto   Giveaway now");
        var held = await ThreadSteps.LatestByAsync(app, author);
        Assert.Equal(CommentStatus.Pending, held.Status);
        Assert.Contains("“crypto giveaway”", held.StatusReason, StringComparison.Ordinal);

        await client.PostAsync(article, "Scoundrels and giveaways are different words.");
        Assert.Equal(CommentStatus.Approved, (await ThreadSteps.LatestByAsync(app, author)).Status);
    }
}

/// <summary>New-account rules are off by default; this fixture turns both on.</summary>
public sealed class NewAccountRulesApp : NewsHubAppFactory
{
    public NewAccountRulesApp()
    {
        With("Comments:PreModerateFirstComments", "2");
        With("Comments:PreModerateAccountsYoungerThan", "3.00:00:00");
    }
}

public sealed class NewAccountPreModerationTests(NewAccountRulesApp app) : IClassFixture<NewAccountRulesApp>
{
    [Fact]
    public async Task First_comments_wait_until_a_moderator_has_approved_enough()
    {
        var article = await TestArticles.CreateAsync(app);
        var (author, client) = await CommunityClient.NewReaderAsync(app, "Newbie");
        await client.PostAsync(article, "My very first comment.");
        var first = await ThreadSteps.LatestByAsync(app, author);
        Assert.Equal(CommentStatus.Pending, first.Status);
        Assert.Contains("the first 2 comments are pre-moderated (0 approved so far)", first.StatusReason, StringComparison.Ordinal);

        await using (var db = app.CreateDbContext())
            await db.Comments.Where(c => c.AuthorId == author.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CommentStatus.Approved));
        await client.PostAsync(article, "My second comment.");
        Assert.Equal(CommentStatus.Pending, (await ThreadSteps.LatestByAsync(app, author)).Status);
        await using (var db = app.CreateDbContext())
            await db.Comments.Where(c => c.AuthorId == author.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CommentStatus.Approved));
        await client.PostAsync(article, "Now I am trusted.");
        Assert.Equal(CommentStatus.Approved, (await ThreadSteps.LatestByAsync(app, author)).Status);
    }

    [Fact]
    public async Task Accounts_younger_than_the_configured_age_are_pre_moderated()
    {
        var article = await TestArticles.CreateAsync(app);
        var (author, client) = await CommunityClient.NewReaderAsync(app, "Fresh");
        await using (var db = app.CreateDbContext())
        {
            await db.Users.Where(u => u.Id == author.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.CreatedAt, DateTimeOffset.UtcNow.AddHours(-1)));
            // Two approved comments already: only the age rule applies.
            db.Comments.AddRange(Enumerable.Range(0, 2).Select(i => new Comment
            {
                ArticleId = article.Id, AuthorId = author.Id, Body = $"old {i}", BodyHtml = $"<p>old {i}</p>", Status = CommentStatus.Approved,
                CreatedAt = DateTimeOffset.UtcNow.AddHours(-1),
            }));
            await db.SaveChangesAsync();
        }
        await client.PostAsync(article, "Hello from a new account.");
        var stored = await ThreadSteps.LatestByAsync(app, author);
        Assert.Equal(CommentStatus.Pending, stored.Status);
        Assert.Equal("New account: comments from accounts younger than 3 days are pre-moderated.", stored.StatusReason);
    }
}
