using System.Net;

namespace NewsHub.Web.Ingestion.Fetching;

/// <summary>Which HTTP outcomes are worth another try: the server or the network was briefly unwell.</summary>
public static class TransientFailures
{
    public static bool IsTransient(int status) => status is
        (int)HttpStatusCode.RequestTimeout or          // 408
        (int)HttpStatusCode.TooManyRequests or         // 429
        (int)HttpStatusCode.InternalServerError or     // 500
        (int)HttpStatusCode.BadGateway or              // 502
        (int)HttpStatusCode.ServiceUnavailable or      // 503
        (int)HttpStatusCode.GatewayTimeout;            // 504

    /// <summary>
    /// Network failures: refused, reset or cut connections and name-resolution hiccups come back on their own;
    /// TLS failures and protocol garbage do not.
    /// </summary>
    public static bool IsTransient(HttpRequestException exception) => exception.HttpRequestError is
        HttpRequestError.ConnectionError or
        HttpRequestError.NameResolutionError or
        HttpRequestError.ResponseEnded or
        HttpRequestError.ProxyTunnelError or
        HttpRequestError.Unknown;

    /// <summary>A short, human-readable reason for a network failure, for the source row.</summary>
    public static string Describe(HttpRequestException exception) => exception.HttpRequestError switch
    {
        HttpRequestError.ConnectionError => $"Connection failed: {Innermost(exception)}",
        HttpRequestError.NameResolutionError => $"Host name could not be resolved: {Innermost(exception)}",
        HttpRequestError.ResponseEnded => "The server closed the connection before the response was complete",
        HttpRequestError.SecureConnectionError => $"TLS handshake failed: {Innermost(exception)}",
        HttpRequestError.InvalidResponse or HttpRequestError.HttpProtocolError => $"Invalid HTTP response: {Innermost(exception)}",
        _ => $"Network error: {Innermost(exception)}",
    };

    private static string Innermost(Exception exception)
    {
        while (exception.InnerException is not null) exception = exception.InnerException;
        return exception.Message;
    }
}
