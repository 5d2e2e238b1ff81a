namespace NewsHub.Web.Tagging;

/// <summary>A country the text is about, with a score in (0, 1] and the words that said so (for the UI).</summary>
public sealed record CountryTag(string Code, string Name, double Score, bool IsPrimary, IReadOnlyList<string> Evidence);
