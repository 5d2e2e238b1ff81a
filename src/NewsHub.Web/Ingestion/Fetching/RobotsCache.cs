using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace NewsHub.Web.Ingestion.Fetching;

/// <summary>What robots.txt says about one host, and until when we believe it.</summary>
/// <param name="Rules">Null when the file could not be read (5xx, timeout): the host is off limits until <paramref name="ExpiresAt"/>.</param>
internal sealed record RobotsEntry(RobotsRules? Rules, string? Problem, DateTimeOffset ExpiresAt);

/// <summary>
/// Fetches and caches robots.txt once per host (RFC 9309). A missing file (4xx) allows everything; an
/// unreachable one (5xx, 429, network failure) disallows everything for a short while. Concurrent fetches
/// to one host share one robots.txt request.
/// </summary>
internal sealed class RobotsCache(HttpExchange exchange, HostPoliteness politeness, FetchOptions options, TimeProvider time, ILogger logger)
{
    /// <summary>RFC 9309 asks crawlers to read at least 500 KiB; anything after that is ignored.</summary>
    public const int MaxRobotsBytes = 500 * 1024;
    private const int MaxRobotsRedirects = 5;

    private readonly ConcurrentDictionary<string, Lazy<Task<RobotsEntry>>> _entries = new(StringComparer.OrdinalIgnoreCase);

    public async Task<RobotsEntry> GetAsync(Uri url, CancellationToken ct)
    {
        var key = HostPoliteness.HostKey(url);
        while (true)
        {
            var pending = _entries.GetOrAdd(key, _ => new Lazy<Task<RobotsEntry>>(() => LoadAsync(new Uri(url, "/robots.txt"))));
            RobotsEntry entry;
            try
            {
                entry = await pending.Value.WaitAsync(ct).ConfigureAwait(false);
            }
            catch (Exception) when (pending.Value.IsFaulted)
            {
                // An unexpected failure must not be cached forever: forget it so the next fetch asks again.
                _entries.TryRemove(new KeyValuePair<string, Lazy<Task<RobotsEntry>>>(key, pending));
                throw;
            }
            if (entry.ExpiresAt > time.GetUtcNow()) return entry;
            // Expired: drop exactly this entry (another caller may already have replaced it) and load again.
            _entries.TryRemove(new KeyValuePair<string, Lazy<Task<RobotsEntry>>>(key, pending));
        }
    }

    // Deliberately not cancelled by the first caller's token: other callers may be waiting on the same load.
    // The per-request deadline in HttpExchange bounds it.
    private async Task<RobotsEntry> LoadAsync(Uri robotsUrl)
    {
        var url = robotsUrl;
        for (var redirects = 0; ; redirects++)
        {
            var attempt = await politeness.RunAsync(url, options.PerHostDelay,
                token => exchange.SendAsync(url, new FetchRequest(Accept: "text/plain,*/*;q=0.5"), MaxRobotsBytes, truncateAtCap: true, token),
                CancellationToken.None).ConfigureAwait(false);
            if (attempt.RedirectTo is { } next)
            {
                // RFC 9309 §2.3.1.2: after five redirects, or off http(s), treat the file as unavailable (allow all).
                if (redirects >= MaxRobotsRedirects || next.Scheme is not ("http" or "https")) return Allow(robotsUrl, "robots.txt redirects too often");
                url = next;
                continue;
            }
            return Interpret(robotsUrl, attempt);
        }
    }

    private RobotsEntry Interpret(Uri robotsUrl, FetchAttempt attempt)
    {
        if (attempt.Succeeded && attempt.Body is { } body)
        {
            var rules = RobotsRules.Parse(Encoding.UTF8.GetString(body), options.RobotsProductToken);
            logger.RobotsLoaded(robotsUrl, rules.RuleCount, rules.CrawlDelay?.TotalSeconds);
            return new RobotsEntry(rules, null, time.GetUtcNow() + options.RobotsCacheDuration);
        }
        if (attempt.HttpStatus is >= 400 and < 500 and not 429) return Allow(robotsUrl, $"robots.txt answered HTTP {attempt.HttpStatus}");

        var problem = attempt.Error ?? $"HTTP {attempt.HttpStatus}";
        var retryAt = time.GetUtcNow() + options.RobotsErrorCacheDuration;
        logger.RobotsUnreachable(robotsUrl, problem, retryAt);
        return new RobotsEntry(null, problem, retryAt);
    }

    private RobotsEntry Allow(Uri robotsUrl, string reason)
    {
        logger.RobotsMissing(robotsUrl, reason);
        return new RobotsEntry(RobotsRules.AllowAll, null, time.GetUtcNow() + options.RobotsCacheDuration);
    }
}
