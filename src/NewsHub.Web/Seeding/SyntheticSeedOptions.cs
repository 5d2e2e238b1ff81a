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

    /// <summary>Whether the plain secondary indexes are dropped for the load and built again after it (see <see cref="BulkLoadIndexes"/>).</summary>
    public SyntheticIndexMode Indexes { get; init; } = SyntheticIndexMode.Auto;

    public int EffectiveSources => Sources > 0 ? Sources : Math.Clamp(Articles / 2_500, 8, 60);
}

/// <summary>How a seeding run treats the secondary indexes of the tables it fills.</summary>
public enum SyntheticIndexMode
{
    /// <summary>Rebuild when the load is large (at least <see cref="SyntheticSeeder.RebuildThreshold"/> articles) and at least as big as what is stored: then one build over the whole table costs less than maintaining the indexes row by row.</summary>
    Auto,
    /// <summary>Always drop and rebuild.</summary>
    Rebuild,
    /// <summary>Keep the indexes and let PostgreSQL maintain them during COPY.</summary>
    Keep,
}
