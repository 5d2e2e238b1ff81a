namespace NewsHub.Web.Seeding;

/// <summary>What `newshub seed-synthetic` makes: how many articles, from how many outlets, over how long.</summary>
public sealed record SyntheticSeedOptions
{
    public int Articles { get; init; } = 10_000;
    /// <summary>Outlets the articles are spread over; 0 picks one per ~2,500 articles (between 8 and 60).</summary>
    public int Sources { get; init; }
    /// <summary>Same seed, same corpus (ids aside): benchmark runs compare like with like.</summary>
    public int Seed { get; init; } = 42;
    /// <summary>How far back the publication dates go.</summary>
    public TimeSpan Span { get; init; } = TimeSpan.FromDays(730);
    /// <summary>Share of articles with a comment thread.</summary>
    public double CommentShare { get; init; } = 0.15;
    /// <summary>Articles generated and copied as one unit; each unit holds whole story clusters.</summary>
    public int ChunkSize { get; init; } = 5_000;
    /// <summary>Chunks loaded at once, each on its own connection (PostgreSQL computes search vectors per connection).</summary>
    public int Workers { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    public int EffectiveSources => Sources > 0 ? Sources : Math.Clamp(Articles / 2_500, 8, 60);
}
