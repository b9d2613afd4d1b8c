namespace ProducersAvenue.Domain.Seeding;

/// <summary>A clock stopped at one moment: the demo's history (a sale ten days ago) is played through the real services at that moment.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
