using ProducersAvenue.Domain.Orders;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Orders;

/// <summary>
/// A service paused after it was ordered keeps its title and requirements prompt on its orders for both parties (the
/// buyer's order page showed the package's name and lost the prompt); its page link goes while it is off sale; a stranger
/// still reads nothing of it.
/// </summary>
public sealed class APausedServiceStaysNamedOnItsOrders : OrderWorldTest
{
    [Fact]
    public async Task Both_parties_see_the_title_and_prompt_and_no_link()
    {
        var order = await World.PlaceAsync();
        await Db.ExecuteAsync("UPDATE services SET status = 'paused' WHERE id = $1", World.Service);

        foreach (var party in new[] { World.Buyer, World.Seller })
        {
            var view = (await World.As(party).Get<OrderQueries>().OrderAsync(order))!;
            Assert.Equal(("Mixing your song", null, "Send your stems and a reference track."), (view.ServiceTitle, view.ServiceSlug, view.BuyerRequirementsPrompt));
        }
        var listed = await World.As(World.Buyer).Get<OrderQueries>().DashboardAsync(selling: false);
        Assert.Equal(["Mixing your song"], listed.Orders.Items.Select(i => i.ServiceTitle));
        Assert.Null(await World.As(World.Stranger).Get<OrderQueries>().OrderAsync(order));
        Assert.Equal(0, await Db.ScalarAsync<long>("SELECT count(*) FROM order_services(ARRAY[$1]::uuid[])", order)); // no caller: nothing
    }
}
