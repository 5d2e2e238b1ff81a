using Serilog;

namespace NewsHub.Web.Hosting;

public static class Logging
{
    /// <summary>
    /// Serilog from the "Serilog" configuration section. Serilog.AspNetCore is not on our package
    /// mirror, so Serilog is plugged into Microsoft.Extensions.Logging directly.
    /// </summary>
    /// <param name="allToStdErr">Command-line verbs print their result on stdout, so every log line goes to stderr.</param>
    public static ILoggingBuilder AddNewsHubSerilog(this ILoggingBuilder logging, IConfiguration configuration, bool allToStdErr = false)
    {
        // The console sink is set here, not in appsettings, so verbs can send it to stderr;
        // appsettings sets levels and may add more sinks (e.g. File).
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext()
            // NewsHubApp reports a failed start as one clear line; the host's own copy is a stack-trace wall.
            .Filter.ByExcluding(e => e.MessageTemplate.Text == "Hosting failed to start")
            .WriteTo.Console(
                outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}",
                standardErrorFromLevel: allToStdErr ? Serilog.Events.LogEventLevel.Verbose : Serilog.Events.LogEventLevel.Error)
            .CreateLogger();
        logging.ClearProviders();
        logging.AddSerilog(logger, dispose: true);
        return logging;
    }
}
