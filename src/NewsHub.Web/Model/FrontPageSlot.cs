namespace NewsHub.Web.Model;

/// <summary>
/// An editor's placement of a story on the home page ("home") or a region section.
/// Position 0 on "home" is the lead. Drafts are previewed before they are published.
/// </summary>
public class FrontPageSlot
{
    public long Id { get; set; }
    public required string Section { get; set; }
    public int Position { get; set; }
    public long ArticleId { get; set; }
    public Article? Article { get; set; }
    public string? HeadlineOverride { get; set; }
    public string? SummaryOverride { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    public bool IsDraft { get; set; }
    public required string CreatedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
