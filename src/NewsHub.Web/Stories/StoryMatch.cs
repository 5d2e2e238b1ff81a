namespace NewsHub.Web.Stories;

/// <summary>How alike two articles are, and the verdict. Score is what candidates are ranked by.</summary>
public readonly record struct StoryMatch(double Score, double Cosine, double NearDuplicate, bool IsSameStory);
