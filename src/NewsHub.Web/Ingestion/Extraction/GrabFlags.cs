namespace NewsHub.Web.Ingestion.Extraction;

/// <summary>Heuristics of one grab attempt; a short result retries with fewer of them.</summary>
[Flags]
internal enum GrabFlags
{
    None = 0,
    StripUnlikely = 1,
    WeightClasses = 2,
    CleanConditionally = 4,
    All = StripUnlikely | WeightClasses | CleanConditionally,
}
