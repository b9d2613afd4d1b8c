using ProducersAvenue.Domain.Seeding;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Seeding;

/// <summary>
/// One database with the demo community (<see cref="Seeder.SeedDemoAsync"/>), its files under a folder of its own, for
/// every class of the <see cref="SeededDemoCollection"/>. Those classes only read it: seeding took 3–10 s a class on the
/// suite's machine (decision 236). The demo's money and orders are checked on databases of their own
/// (<c>DemoMoneyIsInMotionAndBalanced</c>, <c>DemoOrdersCoverEveryStep</c>).
/// </summary>
public sealed class SeededDemo : ClassDatabase
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pa-demo-" + Guid.NewGuid().ToString("N"));

    /// <summary>Services as the owner role, reading and writing files where the demo's were written.</summary>
    public TestServices Owner { get; private set; } = null!;

    protected override async Task PrepareAsync(TestDb db)
    {
        Owner = db.OwnerServices(settings: new Dictionary<string, string?> { ["Storage:Local:Root"] = _root });
        Assert.True(await Owner.Seeder.SeedDemoAsync());
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}

/// <summary>The classes that read the seeded demo: one after another, on one <see cref="SeededDemo"/>.</summary>
[CollectionDefinition(Name)]
public sealed class SeededDemoCollection : ICollectionFixture<SeededDemo>
{
    public const string Name = "Seeded demo";
}
