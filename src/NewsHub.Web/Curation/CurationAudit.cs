namespace NewsHub.Web.Curation;

/// <summary>The audit-log action names of editors' work (the audit page lists every action found in the log).</summary>
public static class CurationAudit
{
    public const string SlotAdded = "frontpage.slot.add";
    public const string SlotChanged = "frontpage.slot.edit";
    public const string SlotMoved = "frontpage.slot.move";
    public const string SlotRemoved = "frontpage.slot.remove";
    public const string FrontPagePublished = "frontpage.publish";
    public const string DraftsDiscarded = "frontpage.discard";
    public const string ArticleStatusChanged = "article.status";
    public const string TagAdded = "article.tag.add";
    public const string TagRemoved = "article.tag.remove";
    public const string ClustersMerged = "story.merge";
    public const string ArticleSplit = "story.split";
    public const string SourceAdded = "source.add";
    public const string SourceEdited = "source.edit";
    public const string SourceEnabled = "source.enable";
    public const string SourceDisabled = "source.disable";
    public const string SourceRunRequested = "source.run";
    public const string SourcesImported = "source.import";
}
