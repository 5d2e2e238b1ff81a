using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using NewsHub.IntegrationTests.Accounts;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Accounts;
using NewsHub.Web.Model;

namespace NewsHub.IntegrationTests.Curation;

/// <summary>
/// Every action under /editor, found from the app's own routing table (so a new one cannot be forgotten),
/// refuses anonymous visitors and readers; editors and administrators get in.
/// </summary>
public sealed partial class EditorAuthorizationTests(NewsHubAppFactory app) : IClassFixture<NewsHubAppFactory>
{
    private sealed record Endpoint(string Method, string Path, string Name);

    private IEnumerable<ControllerActionDescriptor> EditorActions() =>
        app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<ControllerActionDescriptor>()
            .Where(a => a.AttributeRouteInfo?.Template is { } t && (t == "editor" || t.StartsWith("editor/", StringComparison.Ordinal)));

    private List<Endpoint> EditorEndpoints() =>
        EditorActions()
            .SelectMany(a => (a.ActionConstraints?.OfType<HttpMethodActionConstraint>().SelectMany(c => c.HttpMethods) ?? ["GET"])
                .Select(m => new Endpoint(m, "/" + Parameter().Replace(a.AttributeRouteInfo!.Template!, "1"), $"{a.ControllerTypeInfo.Name}.{a.ActionName}")))
            .ToList();

    [Fact]
    public void Editor_desk_has_its_tools_and_every_controller_requires_the_editor_policy()
    {
        var endpoints = EditorEndpoints();
        foreach (var path in new[] { "/editor", "/editor/preview", "/editor/articles", "/editor/sources", "/editor/sources/new", "/editor/sources/import", "/editor/sources/opml" })
            Assert.Contains(endpoints, e => e.Method == "GET" && e.Path == path);
        foreach (var path in new[] { "/editor/publish", "/editor/slots/add", "/editor/articles/1/status", "/editor/articles/1/merge", "/editor/sources/new", "/editor/sources/test", "/editor/sources/1/run", "/editor/sources/import" })
            Assert.Contains(endpoints, e => e.Method == "POST" && e.Path == path);
        Assert.True(endpoints.Count(e => e.Method == "POST") >= 20, string.Join(", ", endpoints));
        foreach (var controller in EditorActions().Select(a => a.ControllerTypeInfo).Distinct())
            Assert.Contains(controller.GetCustomAttributes<AuthorizeAttribute>(inherit: true), a => a.Policy == Policies.Editor);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_from_every_editor_endpoint()
    {
        var client = CommunityClient.Anonymous(app);
        var token = CommunityClient.Token(await client.GetPageAsync("/account/login"));
        foreach (var endpoint in EditorEndpoints())
        {
            var response = await Send(client, endpoint, token);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{endpoint}: {response.StatusCode}");
            Assert.True(response.Headers.Location!.OriginalString.Contains("/account/login", StringComparison.Ordinal), $"{endpoint}: {response.Headers.Location}");
        }
    }

    [Fact]
    public async Task Readers_are_refused_on_every_editor_endpoint()
    {
        var (_, client) = await CommunityClient.NewReaderAsync(app, "CuriousReader");
        var token = CommunityClient.Token(await client.GetPageAsync("/account/password"));
        foreach (var endpoint in EditorEndpoints())
        {
            var response = await Send(client, endpoint, token);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{endpoint}: {response.StatusCode}");
            Assert.StartsWith("/account/denied", new Uri(new Uri("http://x"), response.Headers.Location!).AbsolutePath, StringComparison.Ordinal);
        }
        var denied = await client.Http.GetAsync("/account/denied");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }

    [Fact]
    public async Task Editors_and_administrators_reach_every_editor_page()
    {
        foreach (var role in new[] { Roles.Editor, Roles.Admin })
        {
            var (_, client) = await CommunityClient.NewReaderAsync(app, "Desk" + role, role);
            foreach (var endpoint in EditorEndpoints().Where(e => e.Method == "GET" && !e.Path.Contains("/1", StringComparison.Ordinal)))
            {
                var response = await client.Http.GetAsync(endpoint.Path);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{role} {endpoint}: {response.StatusCode}");
                var expected = endpoint.Path switch
                {
                    "/editor/sources/opml" => "<opml",
                    "/editor/preview" => "class=\"preview-banner\"",
                    _ => "aria-label=\"Editor tools\"",
                };
                Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }
    }

    private static Task<HttpResponseMessage> Send(CommunityClient client, Endpoint endpoint, string token) =>
        endpoint.Method == "GET"
            ? client.Http.GetAsync(endpoint.Path)
            : client.Http.PostAsync(endpoint.Path, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["reason"] = "probe" }));

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
