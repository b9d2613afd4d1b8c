using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Finance.Checkout;
using ProducersAvenue.Domain.Finance.Payments;
using ProducersAvenue.Domain.Finance.Payments.Sandbox;
using ProducersAvenue.Domain.Finance.Wallets;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Finance;

/// <summary>
/// A buyer who opened the same product's checkout in two tabs and pays both: the sandbox does not charge the second (its
/// page offers the licence instead); a processor that charged it anyway has it refunded as what it is — "you already
/// own it", not "someone else bought the exclusive" — and the seller's payments do not list a sale they never had.
/// </summary>
public sealed class ASecondCheckoutOfAnOwnedProduct : IAsyncLifetime
{
    private TestDb _db = null!;
    private MoneyWorld _world = null!;
    private Guid _seller;
    private Guid _buyer;
    private Guid _product;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = new MoneyWorld(_db);
        _seller = await _db.CreateUserAsync("twotab_seller");
        _buyer = await _db.CreateUserAsync("twotab_buyer");
        _product = await _world.ProductAsync(_seller, "Two Tab Beat", 12m, license: "custom");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task The_sandbox_closes_the_second_checkout_uncharged_and_its_page_offers_the_licence()
    {
        var first = await _world.StartCardCheckoutAsync(_buyer, _product);
        var second = await _world.StartCardCheckoutAsync(_buyer, _product);
        var sandbox = _world.As(_buyer).Get<SandboxCheckout>();

        var paid = await sandbox.PayAsync(first, SandboxCards.Success);
        var again = await sandbox.PayAsync(second, SandboxCards.Success);
        var page = await sandbox.LoadAsync(second);

        Assert.True(paid.Succeeded, paid.FirstError?.Message);
        Assert.Equal(FinanceErrors.AlreadyOwned, again.FirstError);
        Assert.Equal("failed", await _db.ScalarAsync<string>("SELECT status FROM transactions WHERE id = $1", second));
        Assert.Null(await _db.ScalarAsync<string>("SELECT stripe_payment_intent_id FROM transactions WHERE id = $1", second));
        Assert.Equal(paid.Value!.Reference, page.Value!.OwnedReference);
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM product_acquisitions WHERE product_id = $1", _product));

        // The failed payment took nothing: the buyer's row says so, and the seller never had it as a sale.
        var buyerRows = (await _world.As(_buyer).Get<WalletQueries>().ActivityAsync()).Items;
        Assert.Equal([(first, -1200, "completed"), (second, 0, "failed")],
            buyerRows.OrderBy(r => r.Id == second).Select(r => (r.Id, r.NetCents, r.Status)));
        Assert.Equal([first], (await _world.As(_seller).Get<WalletQueries>().ActivityAsync()).Items.Select(r => r.Id));
    }

    [Fact]
    public async Task A_second_charge_is_refunded_as_already_owned_and_the_seller_sees_one_sale()
    {
        var first = await _world.StartCardCheckoutAsync(_buyer, _product);
        var second = await _world.StartCardCheckoutAsync(_buyer, _product);
        var events = _world.System().Get<PaymentEvents>();

        var granted = await events.ApplyAsync(new PaymentEvent("evt_tab_1", "sandbox", PaymentEventTypes.CheckoutCompleted, first, "pi_tab_1", "ch_tab_1"));
        var refunded = await events.ApplyAsync(new PaymentEvent("evt_tab_2", "sandbox", PaymentEventTypes.CheckoutCompleted, second, "pi_tab_2", "ch_tab_2"));

        Assert.Equal(PaymentEventEffect.Completed, granted.Value!.Effect);
        Assert.Equal(PaymentEventEffect.Refunded, refunded.Value!.Effect);
        Assert.Equal(FinanceErrors.AlreadyOwned, refunded.Value.RefundedBecause);
        Assert.Equal("already_owned", await _db.ScalarAsync<string>("SELECT metadata ->> 'refund_reason' FROM transactions WHERE id = $1", second));
        var told = await _db.ScalarAsync<string>("SELECT message FROM notifications WHERE user_id = $1 AND title LIKE 'Your payment for%'", _buyer);
        Assert.StartsWith("You already own it", told);
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM ledger_postings WHERE kind = 'sale'"));
        // The card was charged and refunded: both movements are in the books, and leave every balance as it was (decision 305).
        Assert.Equal("payment_held,payment_returned", await _db.ScalarAsync<string>(
            "SELECT string_agg(kind, ',' ORDER BY kind) FROM ledger_postings WHERE transaction_id = $1", second));
        Assert.Equal(1200L, await _db.ScalarAsync<long>(
            "SELECT sum(e.amount) FROM ledger_entries e JOIN ledger_postings p ON p.id = e.posting_id WHERE p.transaction_id = $1 AND e.amount > 0 AND p.kind = 'payment_held'", second));
        Assert.Equal(0L, await _db.ScalarAsync<long>(
            "SELECT coalesce(sum(e.amount), 0) FROM ledger_entries e JOIN ledger_postings p ON p.id = e.posting_id WHERE p.transaction_id = $1 AND e.account = 'wallet_available'", second));
        Assert.Equal(0, await _db.ScalarAsync<int>("SELECT balance_available FROM wallets WHERE user_id = $1", _buyer));

        var sellerRows = (await _world.As(_seller).Get<WalletQueries>().ActivityAsync()).Items;
        var buyerRows = (await _world.As(_buyer).Get<WalletQueries>().ActivityAsync()).Items;
        Assert.Equal([first], sellerRows.Select(r => r.Id));
        Assert.Equal([-1200, 0], buyerRows.OrderBy(r => r.Id == second).Select(r => r.NetCents));
        var page = await _world.As(_buyer).Get<CheckoutService>().PaymentAsync(second);
        Assert.Equal(TransactionStatus.Refunded, page.Value!.Status);
        Assert.NotNull(page.Value.OwnedReference);
        var check = await _world.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
    }

    [Fact]
    public async Task The_receipt_links_to_the_licence_by_its_whole_address()
    {
        var reference = await _world.BuyByCardAsync(_buyer, _product);

        var body = await _db.ScalarAsync<string>("SELECT html_body FROM email_outbox WHERE subject = 'Your receipt for Two Tab Beat'");

        Assert.Contains($"href=\"http://localhost:5000/library/{reference}\"", body);
        // A receipt names when, how and which payment (it had neither date nor number, and said "Paid with card").
        var paid = await _db.ScalarAsync<Guid>("SELECT id FROM transactions WHERE related_id = $1 AND status = 'completed'", _product);
        Assert.Contains($"<td>Date</td><td>{ProducersAvenue.Domain.Finance.Plans.PlanNames.Date(_world.Clock.GetUtcNow())} (UTC)</td>", body);
        Assert.Contains("<td>Paid with</td><td>Card</td>", body);
        Assert.Contains($"<td>Payment number</td><td>{paid}</td>", body);
    }
}
