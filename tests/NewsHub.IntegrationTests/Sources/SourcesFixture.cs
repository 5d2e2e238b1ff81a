using NewsHub.IntegrationTests.Accounts;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.DemoSite;
using NewsHub.Web.Model;

namespace NewsHub.IntegrationTests.Sources;

/// <summary>The app (no politeness pause for loopback), the bundled demo outlets on their own loopback server, and a signed-in editor.</summary>
public sealed class SourcesFixture : NewsHubAppFactory
{
    public SourcesFixture() => With("NewsHub:Fetching:PerHostDelay", "00:00:00").With("NewsHub:Fetching:MaxRetries", "0");

    public LoopbackServer Demo { get; private set; } = null!;
    public CommunityClient Editor { get; private set; } = null!;

    public Uri DemoFeed => Demo.Url("demo/caspian-daily/feed.xml");
    public Uri DemoListing => Demo.Url("demo/steppe-times/results/");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Demo = await LoopbackServer.StartAsync(e => e.MapDemoSite());
        Editor = (await CommunityClient.NewReaderAsync(this, "SourceEditor", Roles.Editor)).Client;
    }

    public override async Task DisposeAsync()
    {
        if (Demo is not null) await Demo.DisposeAsync();
        await base.DisposeAsync();
    }
}
