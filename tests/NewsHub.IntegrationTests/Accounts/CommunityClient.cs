using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Model;

namespace NewsHub.IntegrationTests.Accounts;

/// <summary>
/// A reader's browser session against the test app: cookies kept, redirects not followed, forms
/// posted with the anti-forgery token taken from the page they came from.
/// </summary>
public sealed partial class CommunityClient(HttpClient http)
{
    public const string Password = "correct horse 42";

    public HttpClient Http { get; } = http;

    public static CommunityClient Anonymous(NewsHubAppFactory app) =>
        new(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>Creates an account directly (fast) with the given roles; Reader is always included.</summary>
    public static async Task<AppUser> CreateUserAsync(NewsHubAppFactory app, string name, params string[] roles)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"{name}-{Guid.NewGuid():N}@example.test";
        var user = new AppUser { UserName = email, Email = email, DisplayName = name, CreatedAt = DateTimeOffset.UtcNow.AddDays(-30) };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        foreach (var role in roles.Append(Roles.Reader).Distinct()) await users.AddToRoleAsync(user, role);
        return user;
    }

    public static async Task<CommunityClient> SignedInAsync(NewsHubAppFactory app, AppUser user)
    {
        var client = Anonymous(app);
        var response = await client.PostFormAsync("/account/login", "/account/login", new() { ["Email"] = user.Email!, ["Password"] = Password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in failed: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    public static async Task<(AppUser User, CommunityClient Client)> NewReaderAsync(NewsHubAppFactory app, string name, params string[] roles)
    {
        var user = await CreateUserAsync(app, name, roles);
        return (user, await SignedInAsync(app, user));
    }

    public async Task<string> GetPageAsync(string url)
    {
        var response = await Http.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Loads <paramref name="formPage"/> for a token, then posts the fields to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, Dictionary<string, string> fields)
    {
        var token = Token(await GetPageAsync(formPage));
        fields["__RequestVerificationToken"] = token;
        return await Http.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>Posts, then follows the redirect and returns the page the reader lands on.</summary>
    public async Task<string> PostAndFollowAsync(string formPage, string action, Dictionary<string, string> fields)
    {
        var response = await PostFormAsync(formPage, action, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {action}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await GetPageAsync(response.Headers.Location!.OriginalString);
    }

    public static string Token(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "no anti-forgery token on the page");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
