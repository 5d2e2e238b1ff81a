namespace NewsHub.Web.Model;

/// <summary>Who did what, when and why: moderation and curation actions.</summary>
public class AuditLogEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string? ActorId { get; set; }
    public required string ActorName { get; set; }
    public required string Action { get; set; }
    public required string TargetType { get; set; }
    public required string TargetId { get; set; }
    public string? Reason { get; set; }
    public string? Details { get; set; }
}
