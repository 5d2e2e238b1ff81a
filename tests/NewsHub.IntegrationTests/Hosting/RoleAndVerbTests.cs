using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Hosting;

/// <summary>The one binary in its other shapes: a scraper-only process and the scrape verb.</summary>
public sealed class RoleAndVerbTests
{
    [Fact]
    public async Task Scraper_role_runs_the_scrapers_without_an_http_server()
    {
        await using var db = await TestDatabase.CreateAsync();
        var port = FreePort();
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.Combine(RepositoryPaths.Root, "src", "NewsHub.Web") };
        foreach (var a in new[] { RepositoryPaths.WebDll, "run", "--role", "scraper", "--urls", $"http://127.0.0.1:{port}", "--NewsHub:Sources:RegisterDefaults=false", "--NewsHub:Sources:RegisterDemo=false" })
            psi.ArgumentList.Add(a);
        psi.Environment["ConnectionStrings__NewsHub"] = db.ConnectionString;
        using var process = Process.Start(psi)!;
        try
        {
            var started = false;
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            while (!cts.IsCancellationRequested && await process.StandardOutput.ReadLineAsync(cts.Token) is { } line)
                if (line.Contains("ScraperWorker: Scraper", StringComparison.Ordinal)) { started = true; break; }
            Assert.True(started, "the scraper worker did not start");
            using var client = new TcpClient();
            await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(IPAddress.Loopback, port));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Scrape_once_runs_a_pass_and_prints_a_summary()
    {
        await using var db = await TestDatabase.CreateAsync();
        var env = new Dictionary<string, string?>
        {
            ["ConnectionStrings__NewsHub"] = db.ConnectionString,
            ["NewsHub__Sources__RegisterDefaults"] = "false",
            ["NewsHub__Sources__RegisterDemo"] = "false",
            ["NewsHub__Fetching__MaxRetries"] = "0",
        };
        var migrated = await ProgramProcess.RunDllAsync(["migrate"], env, TimeSpan.FromSeconds(60));
        Assert.Equal(0, migrated.ExitCode);
        await using (var conn = new Npgsql.NpgsqlConnection(db.ConnectionString))
        {
            await conn.OpenAsync();
            await using var cmd = new Npgsql.NpgsqlCommand(
                $"INSERT INTO sources (name, slug, kind, url, enabled, poll_interval_minutes, page_limit, selectors, pre_moderate_comments, consecutive_errors, next_attempt_at, created_at) " +
                $"VALUES ('Dead', 'dead', 'Feed', 'http://127.0.0.1:{FreePort()}/feed.xml', true, 30, 1, '{{}}', false, 0, now() - interval '1 minute', now())", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        var outcome = await ProgramProcess.RunDllAsync(["scrape", "--once"], env, TimeSpan.FromSeconds(90));
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("1 source(s): 0 found, 0 new", outcome.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("[", outcome.StdOut, StringComparison.Ordinal);   // logs go to stderr, stdout is the summary
        var usage = await ProgramProcess.RunDllAsync(["scrape"], env, TimeSpan.FromSeconds(30));
        Assert.Equal(2, usage.ExitCode);
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
