namespace NewsHub.Web.Ingestion.Fetching;

/// <summary>
/// The outcome of one fetch. Failures are values, not exceptions: <see cref="Error"/> is written to the
/// source row as is, <see cref="Transient"/> says whether trying again later may help and
/// <see cref="RetryAfter"/> is the earliest time the server asked us to come back.
/// </summary>
/// <param name="FinalUrl">The URL after redirects; the base for resolving relative links.</param>
/// <param name="Text">The body decoded with <see cref="Charset"/>; null for binary content types.</param>
/// <param name="Charset">The encoding's web name (e.g. "windows-1251") for textual bodies.</param>
public sealed record FetchResult(
    FetchStatus Status,
    Uri RequestedUrl,
    Uri FinalUrl,
    int? HttpStatus,
    string? ContentType,
    string? Text,
    byte[]? Bytes,
    string? ETag,
    string? LastModified,
    string? Error,
    bool Transient,
    DateTimeOffset? RetryAfter,
    string? Charset)
{
    public bool IsOk => Status == FetchStatus.Ok;

    internal static FetchResult Failure(Uri requested, Uri final, string error, bool transient = false,
        int? httpStatus = null, DateTimeOffset? retryAfter = null) =>
        new(FetchStatus.Failed, requested, final, httpStatus, null, null, null, null, null, error, transient, retryAfter, null);
}
