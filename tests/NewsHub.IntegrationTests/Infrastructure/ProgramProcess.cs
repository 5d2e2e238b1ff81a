using System.Diagnostics;
using System.Text;

namespace NewsHub.IntegrationTests.Infrastructure;

/// <summary>Runs the built NewsHub program (or the entry script) as a real process.</summary>
public static class ProgramProcess
{
    public sealed record Outcome(int ExitCode, string StdOut, string StdErr);

    /// <summary>Runs the program from its project folder, as ./newshub run does (content root = wwwroot's parent).</summary>
    public static Task<Outcome> RunDllAsync(IReadOnlyList<string> args, IDictionary<string, string?> env, TimeSpan timeout, string? stdin = null) =>
        RunAsync("dotnet", [RepositoryPaths.WebDll, .. args], env, timeout, stdin, Path.Combine(RepositoryPaths.Root, "src", "NewsHub.Web"));

    public static async Task<Outcome> RunAsync(string file, IReadOnlyList<string> args, IDictionary<string, string?> env, TimeSpan timeout,
        string? stdin = null, string? workingDirectory = null)
    {
        var psi = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepositoryPaths.Root,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        // A clean slate: the developer's own database must never leak into a test.
        psi.Environment.Remove("ConnectionStrings__NewsHub");
        foreach (var (k, v) in env) psi.Environment[k] = v;
        using var process = Process.Start(psi)!;
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (stdout) stdout.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (stderr) stderr.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (stdin is not null) await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not exit within {timeout}. stderr: {stderr}");
        }
        process.WaitForExit();
        return new Outcome(process.ExitCode, stdout.ToString(), stderr.ToString());
    }
}
