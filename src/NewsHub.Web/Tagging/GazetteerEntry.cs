namespace NewsHub.Web.Tagging;

/// <summary>
/// One phrase of the gazetteer and what it points at: countries (by index into <see cref="Gazetteer.Countries"/>),
/// a region, nothing (a name that is not a place), or several senses to choose between.
/// </summary>
internal sealed class GazetteerEntry
{
    public required string Phrase { get; init; }
    public required NameKind Kind { get; init; }
    public required double Weight { get; init; }
    public NameFlags Flags { get; init; }
    public int[] Countries { get; init; } = [];
    public int Region { get; init; } = -1;
    /// <summary>Non-empty for an ambiguous phrase; the first sense is the default.</summary>
    public AmbiguousSense[] Senses { get; init; } = [];
    public bool IsAmbiguous => Senses.Length > 0;
}

/// <summary>One reading of an ambiguous phrase (Georgia: the country; Georgia: the US state).</summary>
internal sealed class AmbiguousSense
{
    /// <summary>Empty when this sense is "not a place".</summary>
    public required int[] Countries { get; init; }
    /// <summary>Whether any other evidence for the sense's countries supports it, not only its cues.</summary>
    public required bool SupportedByAnyEvidence { get; init; }
    public required int[] CueIds { get; init; }
}
