using System.IO.Compression;
using NewsHub.IntegrationTests.Accounts;
using NewsHub.IntegrationTests.Comments;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Hosting;

public sealed class ResponseCompressionTests(NewsHubAppFactory app) : IClassFixture<NewsHubAppFactory>
{
    [Fact]
    public async Task Pages_for_anonymous_and_signed_in_readers_are_brotli_and_decompress_whole()
    {
        var article = await TestArticles.CreateAsync(app);
        var path = $"/article/{article.Id}/{article.Slug}";

        var anonymous = await FetchAsync(CommunityClient.Anonymous(app).Http, path);
        Assert.Equal("br", anonymous.Encoding);
        Assert.Contains(article.Title, anonymous.Html, StringComparison.Ordinal);

        var (_, reader) = await CommunityClient.NewReaderAsync(app, "Gulnara");
        var signedIn = await FetchAsync(reader.Http, path);
        Assert.Equal("br", signedIn.Encoding);
        Assert.Contains(article.Title, signedIn.Html, StringComparison.Ordinal);
        Assert.Contains("Sign out", signedIn.Html, StringComparison.Ordinal);
        Assert.EndsWith("</html>", signedIn.Html.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_that_accepts_only_gzip_gets_gzip()
    {
        var (_, reader) = await CommunityClient.NewReaderAsync(app, "Timur");
        var page = await FetchAsync(reader.Http, "/", "gzip");
        Assert.Equal("gzip", page.Encoding);
        Assert.Contains("Sign out", page.Html, StringComparison.Ordinal);
        Assert.EndsWith("</html>", page.Html.TrimEnd(), StringComparison.Ordinal);
    }

    private static async Task<(string? Encoding, string Html)> FetchAsync(HttpClient http, string path, string acceptEncoding = "br, gzip")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var encoding = response.Content.Headers.ContentEncoding.SingleOrDefault();
        await using var body = await response.Content.ReadAsStreamAsync();
        await using Stream plain = encoding switch
        {
            "br" => new BrotliStream(body, CompressionMode.Decompress),
            "gzip" => new GZipStream(body, CompressionMode.Decompress),
            _ => body,
        };
        using var text = new StreamReader(plain);
        return (encoding, await text.ReadToEndAsync());
    }
}
