using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NewsHub.IntegrationTests.Ingestion.Fetching;

/// <summary>
/// A TCP listener on 127.0.0.1 that speaks just enough HTTP to misbehave: hang, trickle bytes, cut a body short.
/// Each connection's request head is read, then the handler gets the stream.
/// </summary>
internal sealed class RawHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _connections = [];
    private readonly Task _acceptLoop;
    private int _connectionCount;

    public RawHttpServer(Func<NetworkStream, string, CancellationToken, Task> handle)
    {
        _listener.Start();
        BaseUri = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _acceptLoop = AcceptAsync(handle);
    }

    public Uri BaseUri { get; }

    public Uri Url(string path) => new(BaseUri, path);

    /// <summary>Connections accepted so far (one per attempt: the fetcher cannot reuse a connection we spoiled).</summary>
    public int ConnectionCount => Volatile.Read(ref _connectionCount);

    public static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    private async Task AcceptAsync(Func<NetworkStream, string, CancellationToken, Task> handle)
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (OperationCanceledException) { return; }
            catch (SocketException) { return; }
            Interlocked.Increment(ref _connectionCount);
            lock (_connections) _connections.Add(ServeAsync(client, handle));
        }
    }

    private async Task ServeAsync(TcpClient client, Func<NetworkStream, string, CancellationToken, Task> handle)
    {
        using (client)
        {
            var stream = client.GetStream();
            try
            {
                var head = await ReadHeadAsync(stream, _stop.Token);
                await handle(stream, head, _stop.Token);
            }
            // The fetcher hanging up on us is the expected end of most misbehaviour tests.
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException)
            {
            }
        }
    }

    private static async Task<string> ReadHeadAsync(NetworkStream stream, CancellationToken ct)
    {
        var head = new StringBuilder();
        var buffer = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(buffer, ct) == 0) break;
            head.Append((char)buffer[0]);
        }
        return head.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _acceptLoop;
        Task[] connections;
        lock (_connections) connections = [.. _connections];
        await Task.WhenAll(connections);
        _stop.Dispose();
    }
}
