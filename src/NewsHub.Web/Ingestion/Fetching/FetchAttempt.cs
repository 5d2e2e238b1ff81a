namespace NewsHub.Web.Ingestion.Fetching;

/// <summary>What one HTTP request/response produced, before redirects and retries are decided on.</summary>
internal sealed record FetchAttempt(Uri Url)
{
    public int? HttpStatus { get; init; }
    public string? ContentType { get; init; }
    public byte[]? Body { get; init; }
    /// <summary>The resolved Location of a 3xx response.</summary>
    public Uri? RedirectTo { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    public TimeSpan? RetryAfter { get; init; }
    /// <summary>Set when the attempt failed; a redirect or a 304 is not a failure.</summary>
    public string? Error { get; init; }
    public bool Transient { get; init; }

    public bool IsRedirect => RedirectTo is not null;
    public bool IsNotModified => HttpStatus == 304;
    public bool Succeeded => Error is null && !IsRedirect && !IsNotModified;

    public static FetchAttempt Failed(Uri url, string error, bool transient, int? status = null) =>
        new(url) { Error = error, Transient = transient, HttpStatus = status };
}
