namespace ProducersAvenue.Tests.Support;

/// <summary>
/// One database for all the tests of a class (<c>IClassFixture&lt;ClassDatabase&gt;</c>), for classes whose tests only
/// read it or write rows no other test of the class looks at: a copy per test cost ~0.3 s of the suite's serial lane
/// each (decision 235). A class that needs the same data for every test derives and fills it in <see cref="PrepareAsync"/>.
/// </summary>
public class ClassDatabase : IAsyncLifetime
{
    public TestDb Db { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Db = await TestDatabase.CreateAsync();
        await PrepareAsync(Db);
    }

    /// <summary>Writes what every test of the class reads, once, before the first of them.</summary>
    protected virtual Task PrepareAsync(TestDb db) => Task.CompletedTask;

    public virtual async Task DisposeAsync() => await Db.DisposeAsync();
}
