namespace NewsHub.Web.Ingestion.Fetching;

/// <summary>How NewsHub talks HTTP to the sites it scrapes. Section "NewsHub:Fetching".</summary>
public sealed class FetchOptions
{
    public const string Section = "NewsHub:Fetching";

    /// <summary>Time allowed to open a TCP (and TLS) connection.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Time allowed for one attempt, from sending the request to the last body byte. Retries get a fresh deadline,
    /// so one fetch may take up to (MaxRetries + 1) × Timeout plus backoff and politeness pauses.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest body accepted, counted after decompression. A request may ask for less or more.</summary>
    public long MaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Redirects followed before a fetch fails.</summary>
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Minimum pause between two requests to the same host (robots.txt Crawl-delay may ask for more).</summary>
    public TimeSpan PerHostDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Requests to one host in flight at once. 1 (the default) is the polite crawler's rule; more only makes sense for a
    /// host you run yourself (a loopback benchmark site), and then with PerHostDelay 0, since the pause is measured
    /// from the previous request's end.
    /// </summary>
    public int MaxConcurrentPerHost { get; set; } = 1;

    /// <summary>Upper bound for a robots.txt Crawl-delay, so one site cannot park a worker for an hour.</summary>
    public TimeSpan MaxCrawlDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after a transient failure (timeout, refused/reset connection, 408, 429, 500, 502-504). 0 disables.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First backoff delay; it doubles per retry, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest backoff between two attempts.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest Retry-After we wait for inside one fetch; a longer one ends the fetch and is reported to the scheduler.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(5);

    public string UserAgent { get; set; } = "NewsHub/1.0 (+https://github.com/newshub/newshub; regional news aggregator)";

    public bool RespectRobotsTxt { get; set; } = true;

    /// <summary>How long a fetched (or missing) robots.txt is trusted.</summary>
    public TimeSpan RobotsCacheDuration { get; set; } = TimeSpan.FromHours(12);

    /// <summary>How long a host whose robots.txt failed (5xx, timeout) is treated as disallowed before we ask again.</summary>
    public TimeSpan RobotsErrorCacheDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Connections are recycled after this long so DNS changes are picked up.</summary>
    public TimeSpan PooledConnectionLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The robots.txt product token: the User-Agent up to the first '/' or space ("NewsHub").
    /// </summary>
    public string RobotsProductToken
    {
        get
        {
            var token = UserAgent.Trim();
            var end = token.IndexOfAny(['/', ' ']);
            return end > 0 ? token[..end] : token;
        }
    }
}
