using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsHub.Web.DemoSite;

namespace NewsHub.Tests.DemoSite;

/// <summary>A real Kestrel server on a random loopback port serving only the demo site under /demo.</summary>
public sealed class DemoSiteServer : IAsyncLifetime
{
    private WebApplication? app;

    public HttpClient Client { get; } = new(new HttpClientHandler { AllowAutoRedirect = false });

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.MapDemoSite();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseAddress = new Uri(address + "/");
        Client.BaseAddress = BaseAddress;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (app is not null) await app.DisposeAsync();
    }
}
