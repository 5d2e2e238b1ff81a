namespace NewsHub.Web.Ingestion;

public enum IngestKind { New, Updated, Unchanged, Failed }

/// <summary>What happened to one candidate; failures carry the reason recorded in the ingestion run.</summary>
public sealed record IngestOutcome(IngestKind Kind, string Url, long? ArticleId, string? Error)
{
    public static IngestOutcome New(string url, long id) => new(IngestKind.New, url, id, null);
    public static IngestOutcome Updated(string url, long id) => new(IngestKind.Updated, url, id, null);
    public static IngestOutcome Unchanged(string url, long? id) => new(IngestKind.Unchanged, url, id, null);
    public static IngestOutcome Failed(string url, string error) => new(IngestKind.Failed, url, null, error);
}
