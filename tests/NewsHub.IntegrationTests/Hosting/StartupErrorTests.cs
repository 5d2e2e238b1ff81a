using System.Net;
using System.Net.Sockets;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Hosting;

/// <summary>An operator's mistake gets one clear line and a non-zero exit, not a stack trace.</summary>
public sealed class StartupErrorTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Unreachable_database_gives_one_clear_line()
    {
        var port = FreePort();
        var outcome = await ProgramProcess.RunDllAsync(["--urls", $"http://127.0.0.1:{FreePort()}"],
            new Dictionary<string, string?> { ["ConnectionStrings__NewsHub"] = $"Host=127.0.0.1;Port={port};Database=x;Username=x;Timeout=3" }, Timeout);
        AssertOneLineError(outcome, "Cannot reach the database");
    }

    [Fact]
    public async Task Wrong_password_gives_one_clear_line()
    {
        await using var db = await TestDatabase.CreateAsync();
        var role = "r_" + Guid.NewGuid().ToString("N")[..10];
        await TestDatabase.ExecuteOnServerAsync($"CREATE ROLE {role} LOGIN PASSWORD 'right'");
        var cs = new Npgsql.NpgsqlConnectionStringBuilder(db.ConnectionString) { Username = role, Password = "wrong" }.ConnectionString;
        var outcome = await ProgramProcess.RunDllAsync(["migrate"], new Dictionary<string, string?> { ["ConnectionStrings__NewsHub"] = cs }, Timeout);
        AssertOneLineError(outcome, "refused the credentials");
    }

    [Fact]
    public async Task Malformed_connection_string_gives_one_clear_line()
    {
        var outcome = await ProgramProcess.RunDllAsync(["migrate"],
            new Dictionary<string, string?> { ["ConnectionStrings__NewsHub"] = "this is not a connection string" }, Timeout);
        AssertOneLineError(outcome, "ConnectionStrings__NewsHub");
    }

    [Fact]
    public async Task Port_already_in_use_gives_one_clear_line()
    {
        await using var db = await TestDatabase.CreateAsync();
        using var blocker = new TcpListener(IPAddress.Loopback, 0);
        blocker.Start();
        var port = ((IPEndPoint)blocker.LocalEndpoint).Port;
        var outcome = await ProgramProcess.RunDllAsync(["--urls", $"http://127.0.0.1:{port}", "--NewsHub:Role=Web"],
            new Dictionary<string, string?> { ["ConnectionStrings__NewsHub"] = db.ConnectionString }, Timeout);
        AssertOneLineError(outcome, "address already in use");
    }

    [Fact]
    public async Task Unknown_verb_prints_usage_and_exits_2()
    {
        var outcome = await ProgramProcess.RunDllAsync(["frobnicate"], new Dictionary<string, string?>(), Timeout);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("unknown command 'frobnicate'", outcome.StdErr, StringComparison.Ordinal);
        Assert.Contains("usage: newshub", outcome.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_PostgreSQL_binaries_give_one_clear_line_from_the_entry_script()
    {
        var outcome = await ProgramProcess.RunAsync("bash", [Path.Combine(RepositoryPaths.Root, "newshub"), "run"],
            new Dictionary<string, string?> { ["NEWSHUB_PGBIN"] = "/nonexistent/bin", ["NEWSHUB_NO_INSTALL"] = "1" }, Timeout);
        AssertOneLineError(outcome, "PostgreSQL server binaries not found");
        Assert.Contains("apt-get install postgresql", outcome.StdErr, StringComparison.Ordinal);
    }

    private static void AssertOneLineError(ProgramProcess.Outcome outcome, string expected)
    {
        Assert.NotEqual(0, outcome.ExitCode);
        var lines = outcome.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.StartsWith("newshub: ", StringComparison.Ordinal)).ToList();
        Assert.Single(lines);
        Assert.Contains(expected, lines[0], StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", outcome.StdErr, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
