namespace NewsHub.IntegrationTests.Ingestion.Fetching;

/// <summary>The system clock, moved forward on demand (timers still run in real time).</summary>
internal sealed class ShiftableClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}
