using Microsoft.Extensions.Logging;

namespace NewsHub.Web.Ingestion.Fetching;

/// <summary>Source-generated log messages for fetching: one per request, so they stay cheap.</summary>
internal static partial class FetchLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Debug, Message = "Fetched {Url}: HTTP {HttpStatus}, {Bytes} bytes, {Charset} in {ElapsedMs} ms")]
    public static partial void Fetched(this ILogger logger, Uri url, int? httpStatus, int bytes, string? charset, long elapsedMs);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Debug, Message = "Not modified: {Url}")]
    public static partial void NotModified(this ILogger logger, Uri url);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information, Message = "Fetch of {Url} failed (transient: {Transient}): {Error}")]
    public static partial void FetchFailed(this ILogger logger, Uri url, bool transient, string error);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Debug, Message = "Retrying {Url} in {DelayMs} ms (retry {Retry}): {Reason}")]
    public static partial void Retrying(this ILogger logger, Uri url, double delayMs, int retry, string? reason);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Debug, Message = "Redirect {From} -> {To} (HTTP {HttpStatus})")]
    public static partial void Redirected(this ILogger logger, Uri from, Uri to, int? httpStatus);

    [LoggerMessage(EventId = 7006, Level = LogLevel.Debug, Message = "robots.txt {RobotsUrl}: {RuleCount} rules, crawl-delay {CrawlDelaySeconds} s")]
    public static partial void RobotsLoaded(this ILogger logger, Uri robotsUrl, int ruleCount, double? crawlDelaySeconds);

    [LoggerMessage(EventId = 7007, Level = LogLevel.Debug, Message = "No usable robots.txt at {RobotsUrl} ({Reason}); everything allowed")]
    public static partial void RobotsMissing(this ILogger logger, Uri robotsUrl, string reason);

    [LoggerMessage(EventId = 7008, Level = LogLevel.Warning, Message = "robots.txt {RobotsUrl} unreachable ({Problem}); host off limits until {RetryAt}")]
    public static partial void RobotsUnreachable(this ILogger logger, Uri robotsUrl, string problem, DateTimeOffset retryAt);

    [LoggerMessage(EventId = 7009, Level = LogLevel.Information, Message = "robots.txt forbids {Url}")]
    public static partial void RobotsDisallowed(this ILogger logger, Uri url);
}
