namespace NewsHub.Web.Tagging;

/// <summary>A country of the gazetteer: ISO 3166-1 alpha-2 code, English name, and its editorial regions.</summary>
public sealed record GazetteerCountry(string Code, string Name, IReadOnlyList<string> RegionSlugs);
