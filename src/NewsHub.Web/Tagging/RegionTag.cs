namespace NewsHub.Web.Tagging;

/// <summary>An editorial region the text is about, with a score in (0, 1].</summary>
public sealed record RegionTag(string Slug, string Name, double Score, bool IsPrimary);
