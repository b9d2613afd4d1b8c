namespace ProducersAvenue.Tests.Support;

/// <summary>
/// One database for all the tests of a class (<c>IClassFixture&lt;ClassDatabase&gt;</c>), for classes whose tests only
/// read it or write rows no other test of the class looks at: a copy per test cost ~0.3 s of the suite's serial lane
/// each (decision 235).
/// </summary>
public sealed class ClassDatabase : IAsyncLifetime
{
    public TestDb Db { get; private set; } = null!;

    public async Task InitializeAsync() => Db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await Db.DisposeAsync();
}
