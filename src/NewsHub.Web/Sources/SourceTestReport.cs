namespace NewsHub.Web.Sources;

/// <summary>What "test this source" found: the source-level error, or the candidates and the first few articles as they would be stored.</summary>
public sealed record SourceTestReport(string? Error, int Candidates, IReadOnlyList<SourceTestReport.Item> Items, long DurationMs)
{
    public sealed record Item(
        string Url, string? Title, string? Byline, DateTimeOffset? PublishedAt, string? LeadImage, IReadOnlyList<string> Paragraphs,
        IReadOnlyList<string> Countries, IReadOnlyList<string> Regions, string? Error);
}
