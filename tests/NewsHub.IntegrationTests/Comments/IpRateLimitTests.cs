using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsHub.IntegrationTests.Accounts;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Comments;

namespace NewsHub.IntegrationTests.Comments;

/// <summary>
/// The in-memory test server has no client address, so the per-address limit is exercised through
/// CommentPoster, the service the controller calls with the hashed remote address.
/// </summary>
public sealed class IpRateLimitTests(NewsHubAppFactory app) : IClassFixture<NewsHubAppFactory>
{
    [Fact]
    public async Task Five_comments_from_one_address_in_a_minute_stop_a_second_account_on_it()
    {
        var article = await TestArticles.CreateAsync(app);
        var first = await CommunityClient.CreateUserAsync(app, "Sockpuppet1");
        var second = await CommunityClient.CreateUserAsync(app, "Sockpuppet2");
        using var scope = app.Services.CreateScope();
        var poster = scope.ServiceProvider.GetRequiredService<CommentPoster>();
        var hasher = scope.ServiceProvider.GetRequiredService<IpAddressHasher>();
        var ip = hasher.Hash(IPAddress.Parse("203.0.113.7"));
        Assert.NotNull(ip);
        Assert.Equal(64, ip!.Length);
        Assert.DoesNotContain("203.0.113.7", ip, StringComparison.Ordinal);
        for (var i = 0; i < 5; i++) Assert.True((await poster.PostAsync(first, article.Id, null, $"Comment number {i} from here", ip)).Succeeded);

        var refused = await poster.PostAsync(second, article.Id, null, "A different account, same network", ip);
        Assert.False(refused.Succeeded);
        Assert.StartsWith("Your network has posted 5 comments", refused.Message, StringComparison.Ordinal);

        var elsewhere = await poster.PostAsync(second, article.Id, null, "A different account, another network", hasher.Hash(IPAddress.Parse("198.51.100.9")));
        Assert.True(elsewhere.Succeeded, elsewhere.Message);
    }
}
