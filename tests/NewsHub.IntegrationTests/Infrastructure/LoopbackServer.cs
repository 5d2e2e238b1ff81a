using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsHub.IntegrationTests.Infrastructure;

/// <summary>
/// A real Kestrel server on 127.0.0.1 with a random port, for tests that need a site to talk to. Every request is
/// logged (path, query, headers, server-side start time) before the endpoint runs, so tests can assert on what
/// was — or was not — requested.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<LoopbackRequest> _requests = new();
    private int _sequence;

    private LoopbackServer(WebApplication app) => _app = app;

    public Uri BaseUri { get; private set; } = null!;

    /// <summary>Every request received so far, in arrival order.</summary>
    public IReadOnlyList<LoopbackRequest> Requests => [.. _requests.OrderBy(r => r.Sequence)];

    public Uri Url(string pathAndQuery) => new(BaseUri, pathAndQuery);

    public IReadOnlyList<LoopbackRequest> RequestsTo(string path) => [.. Requests.Where(r => r.Path == path)];

    /// <param name="map">Adds the endpoints (MapGet and friends); unmapped paths answer 404.</param>
    public static async Task<LoopbackServer> StartAsync(Action<IEndpointRouteBuilder> map)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Test" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new LoopbackServer(app);
        app.Use(async (context, next) =>
        {
            server._requests.Enqueue(new LoopbackRequest(
                Interlocked.Increment(ref server._sequence),
                context.Request.Method,
                context.Request.Path.Value ?? "/",
                context.Request.QueryString.Value ?? "",
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                Stopwatch.GetTimestamp()));
            await next(context);
        });
        map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseUri = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
    }
}

/// <param name="StartedAt">A <see cref="Stopwatch"/> timestamp taken when the server saw the request.</param>
public sealed record LoopbackRequest(int Sequence, string Method, string Path, string Query,
    IReadOnlyDictionary<string, string> Headers, long StartedAt)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
