namespace NewsHub.Web.Tagging;

/// <summary>The countries and regions a text is about, strongest first; the first of each is primary.</summary>
public sealed record TagResult(IReadOnlyList<CountryTag> Countries, IReadOnlyList<RegionTag> Regions)
{
    public static TagResult Empty { get; } = new([], []);
}
