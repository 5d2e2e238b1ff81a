using System.Globalization;
using System.Net.Http.Headers;

namespace NewsHub.Web.Ingestion.Fetching;

/// <summary>Reads Retry-After, which is either delay-seconds or an HTTP-date (RFC 9110 §10.2.3).</summary>
public static class RetryAfterHeader
{
    /// <summary>How long the server asks us to wait, never negative; null when absent or unreadable.</summary>
    public static TimeSpan? Delay(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        value = value.Trim();
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return TimeSpan.FromSeconds(Math.Min(seconds, (long)TimeSpan.FromDays(365).TotalSeconds));
        if (DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ||
            DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date))
            return date > now ? date - now : TimeSpan.Zero;
        return null;
    }

    public static TimeSpan? Delay(HttpResponseHeaders headers, DateTimeOffset now) =>
        headers.TryGetValues("Retry-After", out var values) ? Delay(values.FirstOrDefault(), now) : null;
}
