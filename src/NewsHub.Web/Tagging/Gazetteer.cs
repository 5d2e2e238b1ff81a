namespace NewsHub.Web.Tagging;

/// <summary>
/// Countries, editorial regions and every name that points at them, loaded once from the data files in
/// Tagging/Gazetteer next to the binary (see README.md there). Immutable after loading, so one instance is
/// shared by every thread.
/// </summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, int> _countryIndex;

    internal Gazetteer(
        IReadOnlyList<GazetteerCountry> countries,
        IReadOnlyList<GazetteerRegion> regions,
        IReadOnlyList<GazetteerEntry> entries,
        PhraseIndex index,
        int cueCount)
    {
        Countries = countries;
        Regions = regions;
        Entries = entries;
        Index = index;
        CueCount = cueCount;
        _countryIndex = countries.Select((c, i) => (c.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.OrdinalIgnoreCase);
        var regionIndex = regions.Select((r, i) => (r.Slug, i)).ToDictionary(x => x.Slug, x => x.i, StringComparer.Ordinal);
        RegionsOfCountry = countries.Select(c => c.RegionSlugs.Select(s => regionIndex[s]).ToArray()).ToArray();
    }

    /// <summary>Where the data files are deployed: Tagging/Gazetteer beside the program.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "Tagging", "Gazetteer");

    /// <summary>Every country, sorted by code.</summary>
    public IReadOnlyList<GazetteerCountry> Countries { get; }

    /// <summary>The editorial regions, in their sort order.</summary>
    public IReadOnlyList<GazetteerRegion> Regions { get; }

    internal IReadOnlyList<GazetteerEntry> Entries { get; }
    internal PhraseIndex Index { get; }
    internal int CueCount { get; }
    internal int[][] RegionsOfCountry { get; }

    /// <summary>Reads the gazetteer from <paramref name="folder"/> (default: <see cref="DefaultFolder"/>).</summary>
    /// <exception cref="GazetteerFormatException">A file is missing or a line is malformed.</exception>
    public static Gazetteer Load(string? folder = null) => GazetteerLoader.Load(folder ?? DefaultFolder);

    public GazetteerCountry? FindCountry(string code) =>
        _countryIndex.TryGetValue(code, out var i) ? Countries[i] : null;

    internal int CountryIndexOf(string code) => _countryIndex.TryGetValue(code, out var i) ? i : -1;
}
