using System.Diagnostics;

namespace NewsHub.Web.Hosting;

/// <summary>One structured line per request: method, path, status, elapsed ms and user.</summary>
public sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var user = context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name : null;
            var status = context.Response.StatusCode;
            if (status >= 500) LogFailed(context.Request.Method, context.Request.Path, status, elapsed, user);
            else LogHandled(context.Request.Method, context.Request.Path, status, elapsed, user);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms (user {User})")]
    private partial void LogHandled(string method, string path, int statusCode, double elapsedMs, string? user);

    [LoggerMessage(Level = LogLevel.Error, Message = "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms (user {User})")]
    private partial void LogFailed(string method, string path, int statusCode, double elapsedMs, string? user);
}
