using ProducersAvenue.Domain.Finance.Payments;
using ProducersAvenue.Domain.Finance.Payments.Sandbox;
using ProducersAvenue.Domain.Orders;

namespace ProducersAvenue.Tests.Integration.Orders;

/// <summary>
/// The sandbox only ever opened disputes, so in the demo a disputed order stayed uncancellable for good (decision 298). An
/// admin now plays the bank: "seller wins" or "buyer wins" sends the <c>charge.dispute.closed</c> Stripe would send through
/// the same <see cref="PaymentEvents"/>, once — a won dispute restores the sale and the order runs on, a lost one gives the
/// payment back, cancels the running order and writes the refund on its timeline; the ledger holds either way.
/// </summary>
public sealed class AnAdminDecidesASandboxDispute : OrderWorldTest
{
    /// <summary>An order in progress paid with the sandbox's card 0259, whose dispute the sandbox has raised; returns it and its payment.</summary>
    private async Task<(Guid Order, Guid Payment)> DisputedOrderAsync()
    {
        var buyer = World.As(World.Buyer);
        var started = await buyer.Get<OrderCheckout>().StartAsync(new PlaceOrderCommand(World.Service, "Standard", OrderWorld.StandardCents, "Stems in the folder", []));
        Assert.True(started.Succeeded, started.FirstError?.Message);
        var payment = Guid.Parse(started.Value!.RedirectUrl["/checkout/pay/".Length..]);
        var paid = await buyer.Get<SandboxCheckout>().PayAsync(payment, SandboxCards.Disputed);
        Assert.True(paid.Succeeded, paid.FirstError?.Message);
        var order = paid.Value!.OrderId!.Value;
        OrderWorld.Must(await World.Orders(World.Seller).StartAsync(order));
        World.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await World.System().Get<SandboxDisputes>().RaiseDueAsync());
        Assert.Equal("disputed", await PaymentStatusAsync(payment));
        return (order, payment);
    }

    private Task<string?> PaymentStatusAsync(Guid payment) => Db.ScalarAsync<string>("SELECT status FROM transactions WHERE id = $1", payment);
    private Task<string?> DisputeStatusAsync(Guid payment) => Db.ScalarAsync<string>("SELECT metadata ->> 'dispute_status' FROM transactions WHERE id = $1", payment);
    private SandboxDisputeDecisions Decisions(Guid member) => World.As(member).Get<SandboxDisputeDecisions>();

    [Fact]
    public async Task Seller_wins_restores_the_sale_through_the_dispute_closed_event_and_the_order_runs_on()
    {
        var (order, payment) = await DisputedOrderAsync();

        var decided = await Decisions(World.Admin).DecideAsync(payment, sellerWins: true);

        Assert.Equal(PaymentEventEffect.DisputeWon, decided.Value?.Effect);
        Assert.Equal("charge.dispute.closed", await Db.ScalarAsync<string>("SELECT type FROM payment_events WHERE id = $1", $"evt_sbx_dispute_closed_{payment:N}"));
        Assert.Equal(("completed", "won"), (await PaymentStatusAsync(payment), await DisputeStatusAsync(payment)));
        Assert.Equal("in_progress", await World.StatusAsync(order));
        Assert.Equal(["sale"], await World.PostingsAsync(order));
        Assert.Equal(OrderWorld.SellerCents, await World.PendingAsync(World.Seller));
        Assert.False((await World.As(World.Buyer).Get<OrderQueries>().OrderAsync(order))!.PaymentDisputed);
        var check = await World.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);

        // Decided once: a second click, or the other verdict from another admin's tab, changes nothing.
        Assert.Equal("finance.dispute_closed", (await Decisions(World.Admin).DecideAsync(payment, sellerWins: false)).FirstError?.Code);
        Assert.Equal(("completed", "won"), (await PaymentStatusAsync(payment), await DisputeStatusAsync(payment)));
        Assert.Equal(["sale"], await World.PostingsAsync(order));
    }

    [Fact]
    public async Task Buyer_wins_gives_the_payment_back_once_and_cancels_the_running_order()
    {
        var (order, payment) = await DisputedOrderAsync();

        var decided = await Decisions(World.Admin).DecideAsync(payment, sellerWins: false);

        Assert.Equal(PaymentEventEffect.Reversed, decided.Value?.Effect);
        Assert.Equal(("refunded", "lost"), (await PaymentStatusAsync(payment), await DisputeStatusAsync(payment)));
        Assert.Equal("cancelled", await World.StatusAsync(order));
        Assert.Equal(["sale", "refund"], await World.PostingsAsync(order));
        Assert.Equal(["placed", "started", "cancelled", "refunded"], await World.EventsAsync(order));
        Assert.Equal(0, await World.PendingAsync(World.Seller));
        var check = await World.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);

        Assert.Equal("finance.dispute_closed", (await Decisions(World.Admin).DecideAsync(payment, sellerWins: false)).FirstError?.Code);
        Assert.Equal(["sale", "refund"], await World.PostingsAsync(order));
    }

    [Fact]
    public async Task Only_an_admin_decides_and_only_a_dispute()
    {
        var (order, payment) = await DisputedOrderAsync();

        Assert.Equal("forbidden", (await Decisions(World.Seller).DecideAsync(payment, sellerWins: true)).FirstError?.Code);
        Assert.Equal("forbidden", (await Decisions(World.Buyer).DecideAsync(payment, sellerWins: false)).FirstError?.Code);
        var undisputed = await Db.ScalarAsync<Guid>("SELECT id FROM transactions WHERE related_id = $1", await World.PlaceAsync());
        Assert.Equal("finance.dispute_not_found", (await Decisions(World.Admin).DecideAsync(undisputed, sellerWins: false)).FirstError?.Code);

        Assert.Equal(("disputed", "open"), (await PaymentStatusAsync(payment), await DisputeStatusAsync(payment)));
        Assert.Equal("in_progress", await World.StatusAsync(order));
    }
}
