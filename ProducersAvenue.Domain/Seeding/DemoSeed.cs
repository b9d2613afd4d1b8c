using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Seeding;

/// <summary>
/// The whole demo <c>--seed-demo</c> writes: the community (<see cref="Seeder.SeedDemoAsync"/>), then its money, its
/// featured listings and its service orders played through the real services as the app and jobs roles
/// (<see cref="DemoStage"/>, decisions 190 and 200), so the ledger check passes on it. Only into a database without
/// members; false when it had some.
/// </summary>
public static class DemoSeed
{
    public static async Task<bool> SeedAsync(Seeder seeder, DemoStage stage, AppDbContext owner, DateTimeOffset now,
        CancellationToken cancellationToken = default)
    {
        if (!await seeder.SeedDemoAsync(cancellationToken)) return false;
        await DemoMoney.SeedAsync(stage, owner, now, cancellationToken);
        await DemoFeatured.SeedAsync(stage, owner, now, cancellationToken);
        await DemoOrders.SeedAsync(stage, owner, now, cancellationToken);
        return true;
    }
}
