namespace NewsHub.Web.Seeding;

/// <summary>The countries articles may be about and the regions each belongs to (as the gazetteer seeded them).</summary>
public sealed record SyntheticGeography(IReadOnlyList<SyntheticGeography.Place> Countries)
{
    public sealed record Place(string Code, string Name, IReadOnlyList<string> Regions);
}

