namespace NewsHub.Web.Ingestion.Fetching;

/// <summary>
/// What the caller knows about a URL: validators from the previous fetch (sent as If-None-Match /
/// If-Modified-Since), the Accept header to send and an optional body cap that replaces the configured one.
/// </summary>
public sealed record FetchRequest(string? ETag = null, string? LastModified = null, string? Accept = null, long? MaxBytes = null);
