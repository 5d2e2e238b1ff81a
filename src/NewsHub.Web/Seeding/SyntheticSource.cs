namespace NewsHub.Web.Seeding;

/// <summary>An outlet the synthetic articles come from.</summary>
public sealed record SyntheticSource(int Id, string Name, string Slug);
