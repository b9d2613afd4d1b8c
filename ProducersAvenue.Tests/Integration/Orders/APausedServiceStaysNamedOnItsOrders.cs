using ProducersAvenue.Domain.Orders;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Orders;

/// <summary>
/// A service paused after it was ordered keeps its title and requirements prompt on its orders for both parties (the
/// buyer's order page showed the package's name and lost the prompt); its page link goes while it is off sale; a stranger
/// still reads nothing of it.
/// </summary>
public sealed class APausedServiceStaysNamedOnItsOrders : IAsyncLifetime
{
    private TestDb _db = null!;
    private OrderWorld _world = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = await OrderWorld.CreateAsync(_db);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Both_parties_see_the_title_and_prompt_and_no_link()
    {
        var order = await _world.PlaceAsync();
        await _db.ExecuteAsync("UPDATE services SET status = 'paused' WHERE id = $1", _world.Service);

        foreach (var party in new[] { _world.Buyer, _world.Seller })
        {
            var view = (await _world.As(party).Get<OrderQueries>().OrderAsync(order))!;
            Assert.Equal(("Mixing your song", null, "Send your stems and a reference track."), (view.ServiceTitle, view.ServiceSlug, view.BuyerRequirementsPrompt));
        }
        var listed = await _world.As(_world.Buyer).Get<OrderQueries>().DashboardAsync(selling: false);
        Assert.Equal(["Mixing your song"], listed.Orders.Items.Select(i => i.ServiceTitle));
        Assert.Null(await _world.As(_world.Stranger).Get<OrderQueries>().OrderAsync(order));
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM order_services(ARRAY[$1]::uuid[])", order)); // no caller: nothing
    }
}
