using System.Text.Json;
using NewsHub.Web.Ingestion.Extraction;

namespace NewsHub.Tests.Ingestion.Extraction;

public class ExtractVerbTests
{
    private static async Task<(int Code, string Stdout, string Stderr)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await ExtractVerb.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Prints_exactly_one_json_object_with_the_article()
    {
        var (code, stdout, _) = await Run(Fixtures.PathOf("regional-news-article.html"), "--url", "https://anewz.tv/region/11842/x");

        Assert.Equal(0, code);
        Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        foreach (var key in new[] { "url", "title", "byline", "publishedAt", "language", "leadImage", "siteName", "text", "html" })
            Assert.True(root.TryGetProperty(key, out _), $"missing {key}");
        Assert.Equal("Caspian ferry link to double freight capacity by 2027, ministers say", root.GetProperty("title").GetString());
        Assert.Equal("2026-02-05T10:30:00Z", root.GetProperty("publishedAt").GetString());
        Assert.Contains("six new roll-on roll-off vessels", root.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData]
    [InlineData("page.html", "--url")]
    [InlineData("page.html", "--url", "not a url")]
    [InlineData("page.html", "--bogus")]
    [InlineData("a.html", "b.html")]
    public async Task Bad_arguments_exit_2_with_usage(params string[] args)
    {
        var (code, stdout, stderr) = await Run(args);

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains("usage: newshub extract FILE [--url URL]", stderr);
    }

    [Fact]
    public async Task Missing_file_exits_1_with_one_clear_line()
    {
        var (code, stdout, stderr) = await Run("/nonexistent/page.html");

        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Equal("newshub extract: file not found: /nonexistent/page.html", stderr.Trim());
    }
}
