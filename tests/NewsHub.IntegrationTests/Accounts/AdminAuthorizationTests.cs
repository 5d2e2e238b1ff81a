using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Accounts;
using NewsHub.Web.Model;

namespace NewsHub.IntegrationTests.Accounts;

/// <summary>
/// Every action under /admin, found from the app's own routing table (so a new one cannot be
/// forgotten), refuses anonymous visitors and readers.
/// </summary>
public sealed class AdminAuthorizationTests(NewsHubAppFactory app) : IClassFixture<NewsHubAppFactory>
{
    private sealed record Endpoint(string Method, string Path, string Name);

    private List<Endpoint> AdminEndpoints()
    {
        var actions = app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<ControllerActionDescriptor>();
        return actions
            .Where(a => a.AttributeRouteInfo?.Template is { } t && (t == "admin" || t.StartsWith("admin/", StringComparison.Ordinal)))
            .SelectMany(a => (a.ActionConstraints?.OfType<Microsoft.AspNetCore.Mvc.ActionConstraints.HttpMethodActionConstraint>().SelectMany(c => c.HttpMethods) ?? ["GET"])
                .Select(m => new Endpoint(m, "/" + FillParameters(a.AttributeRouteInfo!.Template!), $"{a.ControllerTypeInfo.Name}.{a.ActionName}")))
            .ToList();
    }

    private static string FillParameters(string template) =>
        System.Text.RegularExpressions.Regex.Replace(template, @"\{[^}]+\}", "1");

    [Fact]
    public void Admin_area_has_the_expected_tools_and_every_controller_requires_the_admin_policy()
    {
        var endpoints = AdminEndpoints();
        foreach (var path in new[] { "/admin", "/admin/users", "/admin/moderation", "/admin/words", "/admin/audit" })
            Assert.Contains(endpoints, e => e.Method == "GET" && e.Path == path);
        Assert.True(endpoints.Count(e => e.Method == "POST") >= 12, string.Join(", ", endpoints));
        var controllers = app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<ControllerActionDescriptor>()
            .Where(a => a.AttributeRouteInfo?.Template?.StartsWith("admin", StringComparison.Ordinal) == true).Select(a => a.ControllerTypeInfo).Distinct();
        foreach (var controller in controllers)
            Assert.Contains(controller.GetCustomAttributes<AuthorizeAttribute>(inherit: true), a => a.Policy == Policies.Admin);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_from_every_admin_endpoint()
    {
        var client = CommunityClient.Anonymous(app);
        var token = CommunityClient.Token(await client.GetPageAsync("/account/login"));
        foreach (var endpoint in AdminEndpoints())
        {
            var response = await Send(client, endpoint, token);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{endpoint}: {response.StatusCode}");
            Assert.True(response.Headers.Location!.OriginalString.Contains("/account/login", StringComparison.Ordinal), $"{endpoint}: {response.Headers.Location}");
        }
    }

    [Fact]
    public async Task Readers_and_editors_are_refused_with_403_on_every_admin_endpoint()
    {
        foreach (var role in new[] { Roles.Reader, Roles.Editor })
        {
            var (_, client) = await CommunityClient.NewReaderAsync(app, "Curious" + role, role);
            var token = CommunityClient.Token(await client.GetPageAsync("/account/password"));
            foreach (var endpoint in AdminEndpoints())
            {
                var response = await Send(client, endpoint, token);
                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{role} {endpoint}: {response.StatusCode}");
                Assert.StartsWith("/account/denied", new Uri(new Uri("http://x"), response.Headers.Location!).AbsolutePath, StringComparison.Ordinal);
            }
            var denied = await client.Http.GetAsync("/account/denied");
            Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
            Assert.Contains("have access to this page", await denied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Administrators_reach_every_admin_page()
    {
        var (_, admin) = await CommunityClient.NewReaderAsync(app, "Root", Roles.Admin);
        foreach (var endpoint in AdminEndpoints().Where(e => e.Method == "GET" && !e.Path.Contains("/1", StringComparison.Ordinal)))
        {
            var html = await admin.GetPageAsync(endpoint.Path);
            Assert.Contains("class=\"admin-nav\"", html, StringComparison.Ordinal);
        }
    }

    private static Task<HttpResponseMessage> Send(CommunityClient client, Endpoint endpoint, string token) =>
        endpoint.Method == "GET"
            ? client.Http.GetAsync(endpoint.Path)
            : client.Http.PostAsync(endpoint.Path, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["reason"] = "probe" }));
}
