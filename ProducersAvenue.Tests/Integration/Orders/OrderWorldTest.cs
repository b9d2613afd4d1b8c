using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Orders;

/// <summary>A test class on its own database with an <see cref="OrderWorld"/> in it.</summary>
public abstract class OrderWorldTest : IAsyncLifetime
{
    protected TestDb Db { get; private set; } = null!;
    protected OrderWorld World { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Db = await TestDatabase.CreateAsync();
        World = await OrderWorld.CreateAsync(Db);
    }

    public async Task DisposeAsync() => await Db.DisposeAsync();
}
