using System.Net;
using System.Text.Json;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Hosting;

public sealed class HealthAndShellTests(NewsHubAppFactory app) : IClassFixture<NewsHubAppFactory>
{
    [Fact]
    public async Task Healthz_reports_alive_and_readyz_reports_ready_when_migrated()
    {
        var client = app.CreateClient();
        var health = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("alive", JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());

        var ready = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("ready", body.GetProperty("status").GetString());
        Assert.Equal("application/json", ready.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Home_page_is_the_styled_shell_with_navigation_and_local_assets_only()
    {
        var client = app.CreateClient();
        var html = await client.GetStringAsync("/");
        Assert.Contains("<header class=\"masthead\">", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/search\"", html, StringComparison.Ordinal);
        Assert.Contains("/account/login", html, StringComparison.Ordinal);
        Assert.Contains("Central Asia", html, StringComparison.Ordinal); // region nav from the seeded taxonomy
        Assert.DoesNotContain("//cdn", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("(src|href)=\"https?://", html);
        var cssHref = System.Text.RegularExpressions.Regex.Match(html, "href=\"(/css/site\\.css[^\"]*)\"").Groups[1].Value;
        var css = await client.GetAsync(cssHref.Replace("&amp;", "&", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Contains("--brand", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        var response = await app.CreateClient().GetAsync("/");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Unknown_page_gets_a_styled_404_without_internals()
    {
        var response = await app.CreateClient().GetAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("We couldn&#x27;t find that page", html, StringComparison.Ordinal);
        Assert.Contains("class=\"masthead\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Antiforgery_cookie_is_httponly_and_samesite()
    {
        var response = await app.CreateClient().GetAsync("/error/404");
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
        foreach (var cookie in cookies.Where(c => c.StartsWith("newshub.", StringComparison.Ordinal)))
        {
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite", cookie, StringComparison.OrdinalIgnoreCase);
        }
    }
}
