namespace NewsHub.Web.Curation;

/// <summary>What /editor shows: the draft home slots and region pins, and whether they differ from the live page.</summary>
public sealed record ComposerPage(
    IReadOnlyList<ComposerSlot> Home, IReadOnlyList<ComposerSlot> Pins, IReadOnlyList<(string Slug, string Name)> Regions,
    bool HasUnpublishedChanges, DateTimeOffset? LastPublishedAt);
