using Microsoft.Extensions.Configuration;
using ProducersAvenue.Domain.Seeding;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Seeding;

/// <summary>
/// One database with the whole demo as <c>./run.sh</c> seeds it (<see cref="DemoSeed"/>: the community, its money and its
/// orders), its files under a folder of its own, for every class of the <see cref="SeededDemoCollection"/>. Those classes
/// only read it: seeding took 3–20 s a class on the suite's machine, ~70 s for nine of them (decision 236).
/// </summary>
public sealed class SeededDemo : ClassDatabase
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pa-demo-" + Guid.NewGuid().ToString("N"));

    /// <summary>Services as the owner role, reading and writing files where the demo's were written.</summary>
    public TestServices Owner { get; private set; } = null!;

    /// <summary>Services as <paramref name="member"/>, with the demo's files.</summary>
    public TestServices As(Guid member) =>
        Db.Services(Domain.Common.CurrentUser.For(member), settings: new Dictionary<string, string?> { ["Storage:Local:Root"] = _root });

    protected override async Task PrepareAsync(TestDb db)
    {
        Owner = db.OwnerServices(settings: new Dictionary<string, string?> { ["Storage:Local:Root"] = _root });
        await using var ownerDb = db.Context();
        var stage = new DemoStage(new ConfigurationBuilder().Build(), db.AppConnectionString);
        Assert.True(await DemoSeed.SeedAsync(Owner.Seeder, stage, ownerDb, DateTimeOffset.UtcNow));
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
