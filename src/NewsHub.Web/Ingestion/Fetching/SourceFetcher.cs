using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace NewsHub.Web.Ingestion.Fetching;

/// <summary>
/// The one HTTP client every scraper uses: obeys robots.txt, is polite per host, follows a bounded number of
/// redirects itself, retries transient failures with backoff, caps bodies and decodes them. Singleton, thread-safe.
/// Failures come back as <see cref="FetchResult"/>s; only cancellation throws.
/// </summary>
public sealed class SourceFetcher : IDisposable
{
    private readonly FetchOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SourceFetcher> _logger;
    private readonly HttpClient _http;
    private readonly HttpExchange _exchange;
    private readonly HostPoliteness _politeness;
    private readonly RobotsCache _robots;
    private readonly ResiliencePipeline<FetchAttempt> _retries;

    public SourceFetcher(IOptions<FetchOptions> options, TimeProvider time, ILogger<SourceFetcher> logger)
    {
        _options = options.Value;
        _time = time;
        _logger = logger;
        // One long-lived HttpClient over one SocketsHttpHandler rather than IHttpClientFactory: the factory's
        // handler rotation exists to pick up DNS changes, which PooledConnectionLifetime already does, and its
        // logging handlers would add a log line per request on top of ours. A singleton fetcher owning its
        // handler keeps every setting (no auto-redirect, decompression, timeouts) in this one place.
        _http = new HttpClient(CreateHandler(_options), disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        _exchange = new HttpExchange(_http, _options, time);
        _politeness = new HostPoliteness(time, _options.MaxConcurrentPerHost);
        _robots = new RobotsCache(_exchange, _politeness, _options, time, logger);
        _retries = CreateRetryPipeline();
    }

    public async Task<FetchResult> FetchAsync(Uri url, FetchRequest? request = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        request ??= new FetchRequest();
        if (!IsHttp(url))
            return Failed(FetchResult.Failure(url, url, $"Only absolute http(s) URLs can be fetched: '{url.OriginalString}'"));

        var started = _time.GetTimestamp();
        var maxBytes = request.MaxBytes ?? _options.MaxBytes;
        var current = url;
        var visited = new HashSet<string>(StringComparer.Ordinal) { WithoutFragment(url) };
        for (var redirects = 0; ; redirects++)
        {
            var politenessDelay = _options.PerHostDelay;
            if (_options.RespectRobotsTxt)
            {
                var robots = await _robots.GetAsync(current, ct).ConfigureAwait(false);
                if (robots.Rules is null)
                    return Failed(FetchResult.Failure(url, current,
                        $"robots.txt of {current.Authority} could not be read ({robots.Problem}); the host is skipped until {robots.ExpiresAt:u}",
                        transient: true, retryAfter: robots.ExpiresAt));
                if (!robots.Rules.IsAllowed(current))
                {
                    _logger.RobotsDisallowed(current);
                    return Failed(FetchResult.Failure(url, current, $"Disallowed by robots.txt: {current.PathAndQuery}"));
                }
                if (robots.Rules.CrawlDelay is { } crawlDelay)
                    politenessDelay = TimeSpan.FromTicks(Math.Max(politenessDelay.Ticks, Math.Min(crawlDelay.Ticks, _options.MaxCrawlDelay.Ticks)));
            }

            var attempt = await SendWithRetriesAsync(current, request, maxBytes, politenessDelay, ct).ConfigureAwait(false);
            if (attempt.RedirectTo is not { } next) return Complete(url, attempt, request, started);

            if (!IsHttp(next))
                return Failed(FetchResult.Failure(url, current, $"Redirect to a non-http(s) URL refused: {next}", httpStatus: attempt.HttpStatus));
            if (redirects >= _options.MaxRedirects)
                return Failed(FetchResult.Failure(url, current, $"Too many redirects (more than {_options.MaxRedirects}), last to {next}", httpStatus: attempt.HttpStatus));
            if (!visited.Add(WithoutFragment(next)))
                return Failed(FetchResult.Failure(url, current, $"Redirect loop: {current} redirects back to {next}", httpStatus: attempt.HttpStatus));
            _logger.Redirected(current, next, attempt.HttpStatus);
            current = next;
        }
    }

    public void Dispose() => _http.Dispose();

    private Task<FetchAttempt> SendWithRetriesAsync(Uri url, FetchRequest request, long maxBytes, TimeSpan politenessDelay, CancellationToken ct) =>
        _retries.ExecuteAsync(
            async token => await _politeness.RunAsync(url, politenessDelay,
                t => _exchange.SendAsync(url, request, maxBytes, truncateAtCap: false, t), token).ConfigureAwait(false),
            ct).AsTask();

    private FetchResult Complete(Uri requested, FetchAttempt attempt, FetchRequest request, long started)
    {
        if (attempt.IsNotModified)
        {
            _logger.NotModified(attempt.Url);
            return new FetchResult(FetchStatus.NotModified, requested, attempt.Url, attempt.HttpStatus, attempt.ContentType,
                null, null, attempt.ETag ?? request.ETag, attempt.LastModified ?? request.LastModified, null, false, null, null);
        }
        if (attempt.Error is { } error)
        {
            var retryAfter = attempt.RetryAfter is { } wait ? _time.GetUtcNow() + wait : (DateTimeOffset?)null;
            return Failed(FetchResult.Failure(requested, attempt.Url, error, attempt.Transient, attempt.HttpStatus, retryAfter));
        }

        var body = attempt.Body ?? [];
        string? text = null;
        string? charset = null;
        if (IsTextual(attempt.ContentType))
        {
            var detected = CharsetDetector.Detect(body, attempt.ContentType);
            text = detected.Decode(body);
            charset = detected.Name;
        }
        _logger.Fetched(attempt.Url, attempt.HttpStatus, body.Length, charset, (long)_time.GetElapsedTime(started).TotalMilliseconds);
        return new FetchResult(FetchStatus.Ok, requested, attempt.Url, attempt.HttpStatus, attempt.ContentType,
            text, body, attempt.ETag, attempt.LastModified, null, false, null, charset);
    }

    private FetchResult Failed(FetchResult result)
    {
        _logger.FetchFailed(result.RequestedUrl, result.Transient, result.Error ?? "unknown");
        return result;
    }

    private ResiliencePipeline<FetchAttempt> CreateRetryPipeline()
    {
        if (_options.MaxRetries == 0) return ResiliencePipeline<FetchAttempt>.Empty;
        return new ResiliencePipelineBuilder<FetchAttempt> { TimeProvider = _time }
            .AddRetry(new RetryStrategyOptions<FetchAttempt>
            {
                MaxRetryAttempts = _options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _options.RetryBaseDelay,
                MaxDelay = _options.MaxRetryDelay,
                // A Retry-After beyond our patience is not retried here: the result carries it to the scheduler.
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { Transient: true } attempt &&
                    (attempt.RetryAfter is null || attempt.RetryAfter <= _options.MaxRetryAfter)),
                // The server's Retry-After replaces our backoff (Polly does not cap generated delays with MaxDelay).
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter),
                OnRetry = args =>
                {
                    if (args.Outcome.Result is { } attempt)
                        _logger.Retrying(attempt.Url, args.RetryDelay.TotalMilliseconds, args.AttemptNumber + 1, attempt.Error);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    private static SocketsHttpHandler CreateHandler(FetchOptions options) => new()
    {
        ConnectTimeout = options.ConnectTimeout,
        AutomaticDecompression = DecompressionMethods.All,
        // Redirects are followed by FetchAsync so they can be counted, checked against robots.txt and recorded.
        AllowAutoRedirect = false,
        PooledConnectionLifetime = options.PooledConnectionLifetime,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
        // Cookies from one source must never leak into requests for another.
        UseCookies = false,
    };

    private static bool IsHttp(Uri url) => url.IsAbsoluteUri && url.Scheme is "http" or "https";

    private static string WithoutFragment(Uri url) => url.GetLeftPart(UriPartial.Query);

    /// <summary>Bodies we decode to text; images and other binaries are handed over as bytes only.</summary>
    private static bool IsTextual(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType)) return true;
        var mediaType = contentType.Split(';', 2)[0].Trim().ToLowerInvariant();
        return mediaType.StartsWith("text/", StringComparison.Ordinal) || mediaType.EndsWith("+xml", StringComparison.Ordinal) ||
               mediaType.EndsWith("+json", StringComparison.Ordinal) || mediaType is "application/xml" or "application/json" or
               "application/javascript" or "application/x-javascript";
    }
}
