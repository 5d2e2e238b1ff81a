namespace NewsHub.Web.Seeding;

/// <summary>
/// The countries articles may be about and the regions each belongs to (as the gazetteer seeded them, in region
/// order); <paramref name="FocusRegions"/> are the regions most stories are about.
/// </summary>
public sealed record SyntheticGeography(IReadOnlyList<SyntheticGeography.Place> Countries, IReadOnlySet<string> FocusRegions)
{
    public sealed record Place(string Code, string Name, IReadOnlyList<string> Regions);
}

