using Microsoft.Playwright;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.BrowserTests.Infrastructure;

/// <summary>
/// NewsHub served by real Kestrel on a loopback port, and Debian's Chromium driven by Playwright.
/// Playwright's own browser download is never used (it cannot work offline): we launch /usr/bin/chromium.
/// </summary>
public class BrowserApp : NewsHubAppFactory
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser => browser ?? throw new InvalidOperationException("not started");

    public static readonly (string Name, int Width, int Height)[] Viewports = [("phone", 390, 844), ("desktop", 1280, 900)];

    public override async Task InitializeAsync()
    {
        UseKestrel(0);
        await base.InitializeAsync();
        StartServer();
        BaseUrl = ClientOptions.BaseAddress.ToString().TrimEnd('/');
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("NEWSHUB_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, BaseURL = BaseUrl });
        // Generous timeouts: on a 2-core CI machine the app, PostgreSQL and Chromium share the CPU, and a
        // sign-in (password hashing) or first page render can take many seconds. Assertions stay the same.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        var page = await context.NewPageAsync();
        // Any request leaving loopback is a bug (a CDN font, an external script): fail loudly.
        await page.RouteAsync("**/*", async route =>
        {
            var host = new Uri(route.Request.Url).Host;
            if (host is "127.0.0.1" or "localhost") await route.ContinueAsync();
            else { ExternalRequests.Add(route.Request.Url); await route.AbortAsync(); }
        });
        // Broken assets and script errors are bugs a reader would see: collect them for the tests.
        page.Response += (_, r) => { if (r.Status >= 400 && !r.Url.Contains("/error/", StringComparison.Ordinal)) lock (BrokenResponses) BrokenResponses.Add($"{r.Status} {r.Url}"); };
        page.Console += (_, m) => { if (m.Type == "error") lock (ConsoleErrors) ConsoleErrors.Add(m.Text); };
        page.RequestFailed += (_, r) => { lock (BrokenResponses) BrokenResponses.Add($"failed {r.Url} {r.Failure}"); };
        return page;
    }

    public List<string> ExternalRequests { get; } = [];
    public List<string> BrokenResponses { get; } = [];
    public List<string> ConsoleErrors { get; } = [];

    public static string ScreenshotPath(string name) => Path.Combine(RepositoryPaths.Artifacts("screenshots"), name + ".png");

    public override async Task DisposeAsync()
    {
        if (browser is not null) await browser.CloseAsync();
        playwright?.Dispose();
        await base.DisposeAsync();
    }
}
