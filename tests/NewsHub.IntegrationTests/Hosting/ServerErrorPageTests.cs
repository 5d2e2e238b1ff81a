using System.Net;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Hosting;

/// <summary>When something breaks on the server the reader gets the site's own 500 page, with no internals.</summary>
public sealed class ServerErrorPageTests(NewsHubAppFactory app) : IClassFixture<NewsHubAppFactory>
{
    [Fact]
    public async Task A_failing_page_shows_a_styled_500_without_a_stack_trace()
    {
        // Break the database under the running app: the region page's query now fails.
        await using (var conn = new Npgsql.NpgsqlConnection(app.Database.ConnectionString))
        {
            await conn.OpenAsync();
            await using var cmd = new Npgsql.NpgsqlCommand("ALTER TABLE article_regions RENAME TO article_regions_gone", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        var response = await app.CreateClient().GetAsync("/region/central-asia");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Something went wrong on our side", html, StringComparison.Ordinal);
        Assert.Contains("class=\"masthead\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.DoesNotContain("article_regions", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
        // The site keeps serving what does not depend on the broken table.
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/healthz")).StatusCode);
    }
}
