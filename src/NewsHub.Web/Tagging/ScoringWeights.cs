namespace NewsHub.Web.Tagging;

/// <summary>
/// The numbers behind a tag's score, in one place. Evidence = phrase weight × zone weight; a country's score =
/// (1 − e^(−evidence / EvidenceScale)) × (ShareFloor + (1 − ShareFloor) × evidence / strongest evidence).
/// Chosen on the labelled set in tests/NewsHub.Tests/TestData/Tagging (see the README there).
/// </summary>
internal sealed record ScoringWeights
{
    public static ScoringWeights Default { get; } = new();

    public double TitleWeight { get; init; } = 3;
    public double LeadWeight { get; init; } = 2;
    public double BodyWeight { get; init; } = 1;
    /// <summary>A first line longer than this many words is a summary more than a headline…</summary>
    public int HeadlineWords { get; init; } = 15;
    /// <summary>…and its words past that point weigh this much of a headline's.</summary>
    public double LongTitleFactor { get; init; } = 0.7;
    /// <summary>Evidence that gives 63% of the full amount (a headline mention of a name is 3).</summary>
    public double EvidenceScale { get; init; } = 3.5;
    /// <summary>How much of the score a country keeps however small its share of the strongest country's evidence.</summary>
    public double ShareFloor { get; init; } = 0.3;
    /// <summary>Countries and regions scoring below this are mentioned, not what the text is about.</summary>
    public double AboutThreshold { get; init; } = 0.35;
    /// <summary>Added to the source's default country when the text already names it: a tie-breaker.</summary>
    public double HintBonus { get; init; } = 1.0;
}
