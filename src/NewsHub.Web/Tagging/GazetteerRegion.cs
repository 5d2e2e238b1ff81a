namespace NewsHub.Web.Tagging;

/// <summary>An editorial region (Central Asia, South Caucasus…) and the countries in it.</summary>
public sealed record GazetteerRegion(string Slug, string Name, int SortOrder, IReadOnlyList<string> CountryCodes);
