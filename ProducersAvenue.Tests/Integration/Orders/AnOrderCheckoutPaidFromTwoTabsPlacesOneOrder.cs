using ProducersAvenue.Domain.Finance.Payments.Sandbox;
using ProducersAvenue.Domain.Orders;

namespace ProducersAvenue.Tests.Integration.Orders;

/// <summary>
/// One order checkout paid from two tabs at once (QA10): each press is its own payment event, so the event log alone
/// does not stop the second. The payment's row lock makes the second read the first's result: one order, one charge, one
/// ledger posting, and both tabs are told the payment went through (one tab used to end with a duplicate-key error and
/// its circuit, after the money was taken).
/// </summary>
public sealed class AnOrderCheckoutPaidFromTwoTabsPlacesOneOrder : OrderWorldTest
{
    private const int Checkouts = 5;

    [Fact]
    public async Task Both_presses_answer_paid_and_each_checkout_places_one_order()
    {
        for (var i = 0; i < Checkouts; i++)
        {
            var started = await World.As(World.Buyer).Get<OrderCheckout>()
                .StartAsync(new PlaceOrderCommand(World.Service, "Standard", OrderWorld.StandardCents, "Stems in the folder", []));
            Assert.True(started.Succeeded, started.FirstError?.Message);
            var transaction = Guid.Parse(started.Value!.RedirectUrl["/checkout/pay/".Length..]);
            var tabs = new[] { World.As(World.Buyer).Get<SandboxCheckout>(), World.As(World.Buyer).Get<SandboxCheckout>() };

            using var go = new SemaphoreSlim(0);
            var presses = tabs.Select(tab => Task.Run(async () => { await go.WaitAsync(); return await tab.PayAsync(transaction, SandboxCards.Success); })).ToArray();
            go.Release(presses.Length);
            var results = await Task.WhenAll(presses);

            Assert.All(results, r => Assert.True(r.Succeeded, r.FirstError?.Message));
            Assert.Single(results.Select(r => r.Value!.OrderId).Distinct());
            Assert.Equal("completed", await Db.ScalarAsync<string>("SELECT status FROM transactions WHERE id = $1", transaction));
            Assert.Equal(1L, await Db.ScalarAsync<long>("SELECT count(*) FROM ledger_postings WHERE transaction_id = $1", transaction));
        }
        Assert.Equal((long)Checkouts, await Db.ScalarAsync<long>("SELECT count(*) FROM orders WHERE buyer_id = $1", World.Buyer));
        Assert.Equal(Checkouts * OrderWorld.SellerCents, await World.PendingAsync(World.Seller));
        Assert.True((await World.CheckLedgerAsync()).Holds);
    }
}
