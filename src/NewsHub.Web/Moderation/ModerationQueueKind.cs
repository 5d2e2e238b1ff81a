namespace NewsHub.Web.Moderation;

/// <summary>The moderation queues: comments waiting for approval, reported ones, and recently approved ones.</summary>
public enum ModerationQueueKind { Pending, Reported, Approved }
