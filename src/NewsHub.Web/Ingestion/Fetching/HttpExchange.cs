using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace NewsHub.Web.Ingestion.Fetching;

/// <summary>
/// Sends one GET and reads the body within a byte cap, under one deadline that covers connecting, headers and
/// every body byte (a server trickling a byte a second cannot hold a worker). Never follows redirects and never
/// throws for HTTP or network trouble: those come back as a <see cref="FetchAttempt"/> with an error.
/// </summary>
internal sealed class HttpExchange(HttpClient http, FetchOptions options, TimeProvider time)
{
    private const string DefaultAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private const int ReadBufferSize = 16 * 1024;

    /// <param name="truncateAtCap">Keep the first <paramref name="maxBytes"/> bytes instead of failing (robots.txt).</param>
    public async Task<FetchAttempt> SendAsync(Uri url, FetchRequest request, long maxBytes, bool truncateAtCap, CancellationToken ct)
    {
        using var deadline = new CancellationTokenSource(options.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, deadline.Token);
        using var message = CreateRequest(url, request);
        try
        {
            using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            var attempt = new FetchAttempt(url)
            {
                HttpStatus = (int)response.StatusCode,
                ContentType = response.Content.Headers.ContentType?.ToString(),
                ETag = Header(response.Headers, "ETag"),
                LastModified = Header(response.Content.Headers, "Last-Modified"),
                RetryAfter = RetryAfterHeader.Delay(response.Headers, time.GetUtcNow()),
            };
            var status = (int)response.StatusCode;
            if (IsRedirect(status)) return Redirect(attempt, response);
            if (status == (int)HttpStatusCode.NotModified) return attempt;
            if (status is < 200 or > 299)
                return attempt with { Error = $"HTTP {status} {response.ReasonPhrase}".TrimEnd(), Transient = TransientFailures.IsTransient(status) };

            // Automatic decompression removes Content-Length from compressed responses, so this check only
            // catches honest plain bodies early; the streamed count below is what enforces the cap.
            if (!truncateAtCap && response.Content.Headers.ContentLength is { } declared && declared > maxBytes)
                return attempt with { Error = TooLarge(maxBytes, declared) };
            var stream = await response.Content.ReadAsStreamAsync(linked.Token).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var (body, overCap) = await ReadCappedAsync(stream, maxBytes, linked.Token).ConfigureAwait(false);
                return overCap && !truncateAtCap ? attempt with { Error = TooLarge(maxBytes, null) } : attempt with { Body = body };
            }
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            var error = deadline.IsCancellationRequested
                ? $"Timed out after {Seconds(options.Timeout)} (response not complete)"
                : e.InnerException is TimeoutException
                    ? $"Could not connect within {Seconds(options.ConnectTimeout)}"
                    : $"Request cancelled: {e.Message}";
            return FetchAttempt.Failed(url, error, transient: true);
        }
        catch (HttpRequestException e)
        {
            return FetchAttempt.Failed(url, TransientFailures.Describe(e), TransientFailures.IsTransient(e));
        }
        catch (HttpIOException e)
        {
            return FetchAttempt.Failed(url, $"Connection lost while reading the body: {e.Message}",
                transient: e.HttpRequestError is HttpRequestError.ResponseEnded or HttpRequestError.ConnectionError or HttpRequestError.Unknown);
        }
        catch (IOException e)
        {
            return FetchAttempt.Failed(url, $"Connection lost while reading the body: {e.Message}", transient: true);
        }
        catch (InvalidDataException e)
        {
            return FetchAttempt.Failed(url, $"Body could not be decompressed: {e.Message}", transient: false);
        }
    }

    private static HttpRequestMessage CreateRequest(Uri url, FetchRequest request)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, url);
        message.Headers.TryAddWithoutValidation("Accept", request.Accept ?? DefaultAccept);
        if (IsSafeHeaderValue(request.ETag)) message.Headers.TryAddWithoutValidation("If-None-Match", request.ETag);
        if (IsSafeHeaderValue(request.LastModified)) message.Headers.TryAddWithoutValidation("If-Modified-Since", request.LastModified);
        return message;
    }

    // Validators are stored from earlier responses; a damaged one is dropped (an unconditional GET) rather than sent.
    private static bool IsSafeHeaderValue(string? value) =>
        !string.IsNullOrWhiteSpace(value) && value.All(c => c >= ' ' && c != '\x7f');

    private static bool IsRedirect(int status) => status is 301 or 302 or 303 or 307 or 308;

    private static FetchAttempt Redirect(FetchAttempt attempt, HttpResponseMessage response)
    {
        var location = response.Headers.Location;
        if (location is null)
            return attempt with { Error = $"HTTP {attempt.HttpStatus} redirect without a Location header" };
        // Location may be relative (RFC 9110 §10.2.2); a fragment-only or odd value resolves against the request URL.
        if (!location.IsAbsoluteUri && !Uri.TryCreate(attempt.Url, location, out location))
            return attempt with { Error = $"HTTP {attempt.HttpStatus} redirect to an unusable Location '{response.Headers.Location}'" };
        return attempt with { RedirectTo = location };
    }

    /// <summary>At most <paramref name="maxBytes"/> bytes; past the cap the rest of the body is never read.</summary>
    private static async Task<(byte[] Body, bool OverCap)> ReadCappedAsync(Stream stream, long maxBytes, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[ReadBufferSize];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            var room = maxBytes - buffer.Length;
            if (read > room)
            {
                buffer.Write(chunk, 0, (int)room);
                return (buffer.ToArray(), true);
            }
            buffer.Write(chunk, 0, read);
        }
        return (buffer.ToArray(), false);
    }

    private static string? Header(HttpHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;

    private static string TooLarge(long maxBytes, long? declared) => declared is { } size
        ? string.Create(CultureInfo.InvariantCulture, $"Response too large: {size:N0} bytes declared, limit {maxBytes:N0}")
        : string.Create(CultureInfo.InvariantCulture, $"Response too large: more than {maxBytes:N0} bytes (after decompression)");

    private static string Seconds(TimeSpan span) => string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.###} s");
}
