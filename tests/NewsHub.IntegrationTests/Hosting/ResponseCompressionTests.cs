using System.IO.Compression;
using NewsHub.IntegrationTests.Accounts;
using NewsHub.IntegrationTests.Comments;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Hosting;

public sealed class ResponseCompressionTests(NewsHubAppFactory app) : IClassFixture<NewsHubAppFactory>
{
    [Fact]
    public async Task A_page_the_output_cache_keeps_is_brotli_and_a_page_made_for_one_reader_is_gzip()
    {
        var article = await TestArticles.CreateAsync(app);
        var path = $"/article/{article.Id}/{article.Slug}";

        var anonymous = await FetchAsync(CommunityClient.Anonymous(app).Http, path);
        Assert.Equal("br", anonymous.Encoding);
        Assert.Contains(article.Title, anonymous.Html, StringComparison.Ordinal);

        var (_, reader) = await CommunityClient.NewReaderAsync(app, "Gulnara");
        var signedIn = await FetchAsync(reader.Http, path);
        Assert.Equal("gzip", signedIn.Encoding);
        Assert.Contains(article.Title, signedIn.Html, StringComparison.Ordinal);
        Assert.Contains("Sign out", signedIn.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reader_who_accepts_only_brotli_gets_brotli_even_uncached()
    {
        var (_, reader) = await CommunityClient.NewReaderAsync(app, "Timur");
        var page = await FetchAsync(reader.Http, "/", "br");
        Assert.Equal("br", page.Encoding);
        Assert.Contains("Sign out", page.Html, StringComparison.Ordinal);
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
