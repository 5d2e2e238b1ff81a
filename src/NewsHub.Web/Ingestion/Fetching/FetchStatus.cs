namespace NewsHub.Web.Ingestion.Fetching;

public enum FetchStatus
{
    /// <summary>2xx with a body within the cap.</summary>
    Ok,
    /// <summary>304: the caller's validator still matches; no body was read.</summary>
    NotModified,
    /// <summary>Anything else; <see cref="FetchResult.Error"/> says why.</summary>
    Failed,
}
