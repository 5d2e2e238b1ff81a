using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Ingestion.Fetching;

namespace NewsHub.IntegrationTests.Ingestion.Fetching;

public class BodyLimitTests
{
    private const int Cap = 64 * 1024;

    [Fact]
    public async Task Declared_length_over_the_cap_fails_before_reading()
    {
        await using var server = await LoopbackServer.StartAsync(app =>
            app.MapGet("/big", () => Results.Bytes(new byte[Cap + 1], "text/html")));
        using var fetcher = TestFetchers.Create(o => o.MaxBytes = Cap);

        var result = await fetcher.FetchAsync(server.Url("/big"));

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Contains("too large", result.Error);
        Assert.Contains("declared", result.Error);
        Assert.False(result.Transient);
        Assert.Null(result.Bytes);
    }

    [Fact]
    public async Task Endless_body_without_content_length_is_cut_at_the_cap()
    {
        // Never ends: the only way this test finishes is the fetcher stopping at the cap.
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/endless", async context =>
        {
            context.Response.ContentType = "text/html";
            var chunk = new byte[8192];
            Array.Fill(chunk, (byte)'a');
            try
            {
                while (true) await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
            catch (OperationCanceledException) { }
            catch (IOException) { }
        }));
        using var fetcher = TestFetchers.Create(o => o.MaxBytes = Cap);

        var result = await fetcher.FetchAsync(server.Url("/endless"));

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Contains("more than 65,536 bytes", result.Error);
        Assert.Null(server.RequestsTo("/endless").Single().Header("Content-Length"));
    }

    [Fact]
    public async Task Compressed_body_is_capped_by_its_decompressed_size()
    {
        // 16 MB of zeros gzip to ~16 KB: small on the wire, huge in memory.
        byte[] bomb;
        using (var output = new MemoryStream())
        {
            using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
            {
                var zeros = new byte[1024 * 1024];
                for (var i = 0; i < 16; i++) gzip.Write(zeros);
            }
            bomb = output.ToArray();
        }
        Assert.True(bomb.Length < 1024 * 1024, $"bomb is {bomb.Length} bytes compressed");
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/bomb", async context =>
        {
            context.Response.ContentType = "text/html";
            context.Response.Headers.ContentEncoding = "gzip";
            context.Response.ContentLength = bomb.Length;
            await context.Response.Body.WriteAsync(bomb);
        }));
        using var fetcher = TestFetchers.Create(o => o.MaxBytes = 1024 * 1024);

        var result = await fetcher.FetchAsync(server.Url("/bomb"));

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Contains("after decompression", result.Error);
    }

    [Fact]
    public async Task Body_exactly_at_the_cap_is_accepted_and_a_request_may_raise_the_cap()
    {
        await using var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/exact", () => Results.Bytes(new byte[Cap], "application/octet-stream"));
            app.MapGet("/larger", () => Results.Bytes(new byte[Cap * 2], "application/octet-stream"));
        });
        using var fetcher = TestFetchers.Create(o => o.MaxBytes = Cap);

        var exact = await fetcher.FetchAsync(server.Url("/exact"));
        var larger = await fetcher.FetchAsync(server.Url("/larger"), new FetchRequest(MaxBytes: Cap * 2));

        Assert.Equal(Cap, exact.Bytes!.Length);
        Assert.Equal(FetchStatus.Ok, larger.Status);
        Assert.Equal(Cap * 2, larger.Bytes!.Length);
    }
}
