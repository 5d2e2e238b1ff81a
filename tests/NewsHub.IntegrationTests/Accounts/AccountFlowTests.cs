using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Model;

namespace NewsHub.IntegrationTests.Accounts;

public sealed class AccountFlowTests(NewsHubAppFactory app) : IClassFixture<NewsHubAppFactory>
{
    [Fact]
    public async Task Registering_signs_the_reader_in_with_the_reader_role_and_returns_them_where_they_were()
    {
        var client = CommunityClient.Anonymous(app);
        var email = $"nigora-{Guid.NewGuid():N}@example.test";
        var response = await client.PostFormAsync("/account/register", "/account/register", new()
        {
            ["Email"] = email, ["DisplayName"] = "Nigora", ["Password"] = "samarkand2026", ["ConfirmPassword"] = "samarkand2026", ["ReturnUrl"] = "/article/1/comments",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/article/1/comments", response.Headers.Location!.OriginalString);
        var home = await client.GetPageAsync("/");
        Assert.Contains("Sign out", home, StringComparison.Ordinal);

        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email);
        Assert.NotNull(user);
        Assert.Equal("Nigora", user!.DisplayName);
        Assert.Equal([Roles.Reader], await users.GetRolesAsync(user));
    }

    [Fact]
    public async Task Registration_explains_password_rules_duplicates_and_mismatches()
    {
        var existing = await CommunityClient.CreateUserAsync(app, "Taken");
        var client = CommunityClient.Anonymous(app);
        async Task<string> Register(string email, string password, string confirm) =>
            await (await client.PostFormAsync("/account/register", "/account/register", new()
            {
                ["Email"] = email, ["DisplayName"] = "Someone", ["Password"] = password, ["ConfirmPassword"] = confirm,
            })).Content.ReadAsStringAsync();

        Assert.Contains("Passwords must be at least 10 characters.", await Register("a@example.test", "short1", "short1"), StringComparison.Ordinal);
        Assert.Contains("Passwords must have at least one digit", await Register("b@example.test", "nodigitsatall", "nodigitsatall"), StringComparison.Ordinal);
        Assert.Contains("The two passwords differ.", await Register("c@example.test", "samarkand2026", "samarkand2027"), StringComparison.Ordinal);
        Assert.Contains("An account with this email address already exists.", await Register(existing.Email!, "samarkand2026", "samarkand2026"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account()
    {
        var user = await CommunityClient.CreateUserAsync(app, "Forgetful");
        var client = CommunityClient.Anonymous(app);
        for (var i = 0; i < 4; i++)
        {
            var wrong = await client.PostFormAsync("/account/login", "/account/login", new() { ["Email"] = user.Email!, ["Password"] = "wrong password 1" });
            Assert.Contains("That email and password do not match an account.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        var fifth = await client.PostFormAsync("/account/login", "/account/login", new() { ["Email"] = user.Email!, ["Password"] = "wrong password 1" });
        Assert.Contains("Too many failed attempts", await fifth.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var right = await client.PostFormAsync("/account/login", "/account/login", new() { ["Email"] = user.Email!, ["Password"] = CommunityClient.Password });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("this account is locked", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_keeps_the_local_return_url_and_ignores_a_foreign_one()
    {
        var user = await CommunityClient.CreateUserAsync(app, "Traveller");
        var local = await CommunityClient.Anonymous(app).PostFormAsync("/account/login", "/account/login",
            new() { ["Email"] = user.Email!, ["Password"] = CommunityClient.Password, ["ReturnUrl"] = "/admin/words" });
        Assert.Equal("/admin/words", local.Headers.Location!.OriginalString);
        var foreign = await CommunityClient.Anonymous(app).PostFormAsync("/account/login", "/account/login",
            new() { ["Email"] = user.Email!, ["Password"] = CommunityClient.Password, ["ReturnUrl"] = "https://evil.example/" });
        Assert.Equal("/", foreign.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Password_change_needs_the_current_password_and_then_works()
    {
        var (user, client) = await CommunityClient.NewReaderAsync(app, "Changer");
        var refused = await client.PostFormAsync("/account/password", "/account/password", new()
        {
            ["CurrentPassword"] = "not my password 1", ["NewPassword"] = "brand new pass 7", ["ConfirmPassword"] = "brand new pass 7",
        });
        Assert.Contains("Your current password is not right.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var changed = await client.PostFormAsync("/account/password", "/account/password", new()
        {
            ["CurrentPassword"] = CommunityClient.Password, ["NewPassword"] = "brand new pass 7", ["ConfirmPassword"] = "brand new pass 7",
        });
        Assert.Contains("Your password is changed.", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var login = await CommunityClient.Anonymous(app).PostFormAsync("/account/login", "/account/login", new() { ["Email"] = user.Email!, ["Password"] = "brand new pass 7" });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }

    [Fact]
    public async Task Sign_out_ends_the_session()
    {
        var (_, client) = await CommunityClient.NewReaderAsync(app, "Leaver");
        var response = await client.PostFormAsync("/", "/account/logout", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", await client.GetPageAsync("/"), StringComparison.Ordinal);
        Assert.DoesNotContain("Sign out", await client.GetPageAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_grants_and_revokes_roles_and_suspends_from_the_users_page()
    {
        var (_, admin) = await CommunityClient.NewReaderAsync(app, "Chief", Roles.Admin);
        var target = await CommunityClient.CreateUserAsync(app, "Zarina");
        var list = await admin.GetPageAsync("/admin/users?q=zarina");
        Assert.Contains($"/admin/users/{target.Id}", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Chief", list, StringComparison.Ordinal);

        var page = await admin.PostAndFollowAsync($"/admin/users/{target.Id}", $"/admin/users/{target.Id}/grant", new() { ["role"] = Roles.Editor });
        Assert.Contains("Role Editor granted.", page, StringComparison.Ordinal);
        page = await admin.PostAndFollowAsync($"/admin/users/{target.Id}", $"/admin/users/{target.Id}/revoke", new() { ["role"] = Roles.Editor });
        Assert.Contains("Role Editor revoked.", page, StringComparison.Ordinal);
        page = await admin.PostAndFollowAsync($"/admin/users/{target.Id}", $"/admin/users/{target.Id}/suspend",
            new() { ["until"] = DateTimeOffset.UtcNow.AddDays(2).ToString("yyyy-MM-dd"), ["reason"] = "Cool-off" });
        Assert.Contains("Account suspended.", page, StringComparison.Ordinal);
        Assert.Contains("Suspended until", page, StringComparison.Ordinal);

        await using var db = app.CreateDbContext();
        var actions = await db.AuditLog.Where(e => e.TargetId == target.Id).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
        Assert.Equal(["user.role.grant", "user.role.revoke", "user.suspend"], actions);
        Assert.Contains("Cool-off", await admin.GetPageAsync($"/admin/audit?target={target.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_cannot_ban_themselves_or_drop_their_own_admin_role()
    {
        var (me, admin) = await CommunityClient.NewReaderAsync(app, "Careful", Roles.Admin);
        Assert.Contains("You cannot ban your own account.", await admin.PostAndFollowAsync($"/admin/users/{me.Id}", $"/admin/users/{me.Id}/ban", []), StringComparison.Ordinal);
        Assert.Contains("You cannot remove your own administrator role.", await admin.PostAndFollowAsync($"/admin/users/{me.Id}", $"/admin/users/{me.Id}/revoke", new() { ["role"] = Roles.Admin }), StringComparison.Ordinal);
    }
}
