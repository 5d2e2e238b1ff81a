using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Model;

namespace NewsHub.IntegrationTests.Accounts;

public sealed partial class AntiforgeryTests(NewsHubAppFactory app) : IClassFixture<NewsHubAppFactory>
{
    [Fact]
    public async Task Every_post_endpoint_rejects_a_request_without_the_antiforgery_token()
    {
        var posts = app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<ControllerActionDescriptor>()
            .Where(a => a.ActionConstraints?.OfType<HttpMethodActionConstraint>().Any(c => c.HttpMethods.Contains("POST")) == true)
            .Select(a => "/" + Parameter().Replace(a.AttributeRouteInfo!.Template!, "1"))
            .Distinct().ToList();
        Assert.Contains("/comments/post", posts);
        Assert.Contains("/account/login", posts);
        Assert.Contains("/admin/users/1/ban", posts);

        // An administrator, so that authorization lets every request through to the token check.
        var (_, admin) = await CommunityClient.NewReaderAsync(app, "Admin", Roles.Admin);
        foreach (var path in posts)
        {
            var response = await admin.Http.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["body"] = "no token", ["reason"] = "x" }));
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"POST {path} without a token: {response.StatusCode}");
        }
        // A forged token is refused too.
        var forged = await admin.Http.PostAsync("/comments/post", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = "CfDJ8forged", ["body"] = "x" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
