using Serilog;

namespace NewsHub.Web.Hosting;

public static class Logging
{
    /// <summary>
    /// Serilog from the "Serilog" configuration section. Serilog.AspNetCore is not on our package
    /// mirror, so Serilog is plugged into Microsoft.Extensions.Logging directly.
    /// </summary>
    public static ILoggingBuilder AddNewsHubSerilog(this ILoggingBuilder logging, IConfiguration configuration)
    {
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext()
            .CreateLogger();
        logging.ClearProviders();
        logging.AddSerilog(logger, dispose: true);
        return logging;
    }
}
