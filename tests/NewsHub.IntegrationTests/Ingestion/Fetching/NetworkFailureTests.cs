using System.Net;
using System.Net.Sockets;
using NewsHub.Web.Ingestion.Fetching;

namespace NewsHub.IntegrationTests.Ingestion.Fetching;

/// <summary>Servers that misbehave at the socket level. robots.txt is off so each connection is one page attempt.</summary>
public class NetworkFailureTests
{
    [Fact]
    public async Task Server_that_never_answers_times_out_as_a_transient_failure()
    {
        await using var server = new RawHttpServer(async (_, _, ct) => await Task.Delay(Timeout.Infinite, ct));
        using var fetcher = TestFetchers.Create(o => { o.RespectRobotsTxt = false; o.Timeout = TimeSpan.FromMilliseconds(300); o.MaxRetries = 1; });

        var result = await fetcher.FetchAsync(server.Url("/hang"));

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.True(result.Transient);
        Assert.Contains("Timed out", result.Error);
        Assert.Null(result.HttpStatus);
        Assert.Equal(2, server.ConnectionCount); // first attempt + one retry
    }

    [Fact]
    public async Task Body_trickling_slower_than_the_total_timeout_is_cut_off()
    {
        // Bytes keep arriving, so only a deadline over the whole response (not an idle timeout) can stop this.
        await using var server = new RawHttpServer(async (stream, _, ct) =>
        {
            await stream.WriteAsync(RawHttpServer.Ascii("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n"), ct);
            for (var i = 0; i < 1000; i++)
            {
                await stream.WriteAsync(RawHttpServer.Ascii("x"), ct);
                await Task.Delay(50, ct);
            }
        });
        using var fetcher = TestFetchers.Create(o => { o.RespectRobotsTxt = false; o.Timeout = TimeSpan.FromMilliseconds(500); o.MaxRetries = 0; });

        var result = await fetcher.FetchAsync(server.Url("/trickle"));

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.True(result.Transient);
        Assert.Contains("Timed out", result.Error);
        Assert.Equal(1, server.ConnectionCount);
    }

    [Fact]
    public async Task Connection_cut_mid_body_is_retried_and_reported_as_transient()
    {
        await using var server = new RawHttpServer(async (stream, _, ct) =>
            await stream.WriteAsync(RawHttpServer.Ascii("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\nonly ten b"), ct));
        using var fetcher = TestFetchers.Create(o => { o.RespectRobotsTxt = false; o.MaxRetries = 2; });

        var result = await fetcher.FetchAsync(server.Url("/cut"));

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.True(result.Transient);
        Assert.Contains("Connection lost", result.Error);
        Assert.Equal(3, server.ConnectionCount);
    }

    [Fact]
    public async Task Refused_connection_is_a_transient_failure()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop(); // nothing listens on this port now
        using var fetcher = TestFetchers.Create(o => { o.RespectRobotsTxt = false; o.MaxRetries = 1; });

        var result = await fetcher.FetchAsync(new Uri($"http://127.0.0.1:{port}/"));

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.True(result.Transient);
        Assert.Contains("Connection failed", result.Error);
    }

    [Fact]
    public async Task Garbage_instead_of_http_is_a_permanent_failure()
    {
        await using var server = new RawHttpServer(async (stream, _, ct) =>
            await stream.WriteAsync(RawHttpServer.Ascii("SSH-2.0-OpenSSH_9.2\r\n\r\n"), ct));
        using var fetcher = TestFetchers.Create(o => { o.RespectRobotsTxt = false; o.MaxRetries = 2; });

        var result = await fetcher.FetchAsync(server.Url("/"));

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.False(result.Transient);
        Assert.Contains("Invalid HTTP response", result.Error);
        Assert.Equal(1, server.ConnectionCount);
    }
}
