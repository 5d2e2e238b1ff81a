using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Ingestion.Fetching;

namespace NewsHub.IntegrationTests.Ingestion.Fetching;

public class ContentEncodingTests
{
    private const string Page = "<html><body><h1>Новини Полтави</h1><p>Ümraniye'de yağmur</p></body></html>";

    private static byte[] Compress(string encoding, byte[] plain)
    {
        using var output = new MemoryStream();
        using (Stream compressor = encoding switch
        {
            "gzip" => new GZipStream(output, CompressionLevel.Optimal),
            // HTTP "deflate" is the zlib format (RFC 9110 §8.4.1.2), not raw deflate.
            "deflate" => new ZLibStream(output, CompressionLevel.Optimal),
            "br" => new BrotliStream(output, CompressionLevel.Optimal),
            _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
        })
        {
            compressor.Write(plain);
        }
        return output.ToArray();
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    [InlineData("br")]
    public async Task Compressed_body_is_decompressed_and_decoded(string encoding)
    {
        var compressed = Compress(encoding, Encoding.UTF8.GetBytes(Page));
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/news", async context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.ContentEncoding = encoding;
            await context.Response.Body.WriteAsync(compressed);
        }));
        using var fetcher = TestFetchers.Create();

        var result = await fetcher.FetchAsync(server.Url("/news"));

        Assert.Equal(FetchStatus.Ok, result.Status);
        Assert.Equal(Page, result.Text);
        Assert.Equal(Encoding.UTF8.GetBytes(Page), result.Bytes);
        var request = Assert.Single(server.RequestsTo("/news"));
        Assert.Contains(encoding, request.Header("Accept-Encoding"));
    }

    [Fact]
    public async Task Requests_carry_the_configured_user_agent_and_an_html_accept_header()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/", () => "hi"));
        using var fetcher = TestFetchers.Create(o => o.UserAgent = "NewsHubTest/2.0 (+https://example.test/bot)");

        var result = await fetcher.FetchAsync(server.Url("/"), new FetchRequest(Accept: "application/rss+xml"));

        Assert.Equal("hi", result.Text);
        var request = Assert.Single(server.RequestsTo("/"));
        Assert.Equal("NewsHubTest/2.0 (+https://example.test/bot)", request.Header("User-Agent"));
        Assert.Equal("application/rss+xml", request.Header("Accept"));
    }

    [Fact]
    public async Task Binary_content_is_returned_as_bytes_without_text()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF];
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/logo.png", () => Results.Bytes(png, "image/png")));
        using var fetcher = TestFetchers.Create();

        var result = await fetcher.FetchAsync(server.Url("/logo.png"));

        Assert.Equal(FetchStatus.Ok, result.Status);
        Assert.Equal(png, result.Bytes);
        Assert.Null(result.Text);
        Assert.Null(result.Charset);
        Assert.Equal("image/png", result.ContentType);
    }
}
