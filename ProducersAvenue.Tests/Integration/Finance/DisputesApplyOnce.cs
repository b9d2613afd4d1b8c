using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance.Checkout;
using ProducersAvenue.Domain.Finance.Disputes;
using ProducersAvenue.Domain.Finance.Payments;
using ProducersAvenue.Domain.Finance.Payments.Sandbox;
using ProducersAvenue.Domain.Finance.Refunds;
using ProducersAvenue.Domain.Finance.Wallets;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Finance;

/// <summary>
/// Disputes and refunds made at the processor (decision 221): the sandbox's card 4000 0000 0000 0259 is disputed shortly
/// after it pays; Stripe's signed <c>charge.dispute.created</c> / <c>.closed</c> and <c>charge.refunded</c> act once, in any
/// order — a dispute holds the seller's amount, a won one restores the sale, a lost one gives it back — and a
/// <c>charge.refunded</c> that echoes our own refund changes nothing.
/// </summary>
public sealed class DisputesApplyOnce : IAsyncLifetime
{
    private TestDb _db = null!;
    private MoneyWorld _world = null!;
    private Guid _seller;
    private Guid _admin;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = new MoneyWorld(_db);
        _seller = await _db.CreateUserAsync("dispute_seller");
        _admin = await _db.CreateUserAsync("dispute_admin", UserRole.Admin);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<string?> StatusAsync(Guid transaction) => _db.ScalarAsync<string>("SELECT status FROM transactions WHERE id = $1", transaction);
    private Task<long> PostingsAsync(Guid transaction, string kind) =>
        _db.ScalarAsync<long>("SELECT count(*) FROM ledger_postings WHERE transaction_id = $1 AND kind = $2", transaction, kind);

    /// <summary>A completed $19.99 card sale (1111¢ pending for the seller); returns the transaction and its payment intent.</summary>
    private async Task<(Guid Transaction, string Intent)> SaleAsync(string name, string card = SandboxCards.Success)
    {
        var buyer = await _db.CreateUserAsync($"{name}_buyer");
        var product = await _world.ProductAsync(_seller, $"Disputed {name}", 19.99m);
        var transaction = await _world.StartCardCheckoutAsync(buyer, product);
        var paid = await _world.As(buyer).Get<SandboxCheckout>().PayAsync(transaction, card);
        Assert.True(paid.Succeeded, paid.FirstError?.Message);
        return (transaction, (await _db.ScalarAsync<string>("SELECT stripe_payment_intent_id FROM transactions WHERE id = $1", transaction))!);
    }

    [Fact]
    public async Task The_sandbox_card_0259_pays_and_is_disputed_shortly_after_once_holding_the_sellers_amount()
    {
        var (sale, _) = await SaleAsync("sandbox", SandboxCards.Disputed);
        var disputes = _world.System().Get<SandboxDisputes>();

        Assert.Equal("completed", await StatusAsync(sale));
        Assert.Equal(0, await disputes.RaiseDueAsync());
        _world.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await disputes.RaiseDueAsync());
        Assert.Equal(0, await disputes.RaiseDueAsync());

        Assert.Equal("disputed", await StatusAsync(sale));
        Assert.Equal(["A buyer disputed a payment for “Disputed sandbox”"],
            await _db.ListAsync<string>("SELECT title FROM notifications WHERE user_id = $1 AND title LIKE 'A buyer disputed%'", _seller));
        Assert.Equal(["New dispute: $19.99 for “Disputed sandbox”"], await _db.ListAsync<string>("SELECT title FROM notifications WHERE user_id = $1", _admin));
        // Held: the disputed sale does not clear.
        _world.Clock.Advance(TimeSpan.FromDays(8));
        Assert.Equal(0, await _world.System().Get<WalletClearing>().ReleaseDueAsync());
        Assert.Equal(1111, await _world.PendingAsync(_seller));
        // The wallet page's lists add up to its balances: the held sale is on hold, marked disputed, and among the earnings.
        var wallet = _world.As(_seller).Get<WalletQueries>();
        var held = Assert.Single(await wallet.PendingAsync());
        Assert.Equal((sale, 1111, true, (DateTimeOffset?)null), (held.Id, held.AmountSeller, held.Disputed, held.ReleasesAt));
        Assert.Equal(1111, (await wallet.EarningsByMonthAsync(_world.Clock.GetUtcNow())).Sum(m => m.Amount));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_dispute_opened_and_won_three_times_in_a_shuffled_order_restores_the_sale_once(int seed)
    {
        var (sale, intent) = await SaleAsync($"won{seed}");

        await _db.DeliverShuffledAsync(_world.Clock, seed, StripeEventBodies.Dispute("charge.dispute.created", $"evt_open_{seed}", intent, "needs_response"),
            StripeEventBodies.Dispute("charge.dispute.closed", $"evt_won_{seed}", intent, "won"));

        Assert.Equal("completed", await StatusAsync(sale));
        Assert.Equal(0L, await PostingsAsync(sale, "refund"));
        Assert.Equal(1111, await _world.PendingAsync(_seller));
        _world.Clock.Advance(TimeSpan.FromDays(8));
        Assert.Equal(1, await _world.System().Get<WalletClearing>().ReleaseDueAsync());
        Assert.Equal(1111, await _world.AvailableAsync(_seller));
        var check = await _world.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_dispute_opened_and_lost_three_times_in_a_shuffled_order_gives_the_sale_back_once(int seed)
    {
        var (sale, intent) = await SaleAsync($"lost{seed}");

        await _db.DeliverShuffledAsync(_world.Clock, seed, StripeEventBodies.Dispute("charge.dispute.created", $"evt_open_{seed}", intent, "needs_response"),
            StripeEventBodies.Dispute("charge.dispute.closed", $"evt_lost_{seed}", intent, "lost"));

        Assert.Equal("refunded", await StatusAsync(sale));
        Assert.Equal(1L, await PostingsAsync(sale, "refund"));
        Assert.Equal((0, 0), (await _world.PendingAsync(_seller), await _world.AvailableAsync(_seller)));
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM product_acquisitions WHERE transaction_id = $1 AND revoked_at IS NOT NULL", sale));
        Assert.Equal("lost", await _db.ScalarAsync<string>("SELECT metadata ->> 'dispute_status' FROM transactions WHERE id = $1", sale));
        var check = await _world.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
    }

    [Fact]
    public async Task A_refund_made_in_stripes_dashboard_reverses_the_sale_once()
    {
        var (sale, intent) = await SaleAsync("dashboard");

        await _db.DeliverShuffledAsync(_world.Clock, 4, StripeEventBodies.Refunded("evt_dashboard_refund", intent));

        Assert.Equal("refunded", await StatusAsync(sale));
        Assert.Equal(1L, await PostingsAsync(sale, "refund"));
        Assert.Equal(0, await _world.PendingAsync(_seller));
    }

    [Fact]
    public async Task Charge_refunded_after_our_own_refund_changes_nothing()
    {
        var (sale, intent) = await SaleAsync("echo");
        Assert.True((await _world.AsAdmin(_admin).Get<RefundService>().RefundAsync(sale)).Succeeded);
        var notifications = await _db.ScalarAsync<long>("SELECT count(*) FROM notifications");

        await _db.DeliverShuffledAsync(_world.Clock, 5, StripeEventBodies.Refunded("evt_echo_refund", intent));

        Assert.Equal("refunded", await StatusAsync(sale));
        Assert.Equal(1L, await PostingsAsync(sale, "refund"));
        Assert.Equal(0, await _world.PendingAsync(_seller));
        Assert.Equal(notifications, await _db.ScalarAsync<long>("SELECT count(*) FROM notifications"));
        var check = await _world.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
    }

    [Fact]
    public async Task A_dispute_of_a_payment_already_refunded_is_shown_as_such_and_losing_it_takes_nothing_more()
    {
        var (sale, intent) = await SaleAsync("refunded_first");
        Assert.True((await _world.AsAdmin(_admin).Get<RefundService>().RefundAsync(sale)).Succeeded);

        await _db.DeliverShuffledAsync(_world.Clock, 8, StripeEventBodies.Dispute("charge.dispute.created", "evt_open_refunded", intent, "needs_response"));

        var row = Assert.Single((await _world.AsAdmin(_admin).Get<DisputeQueries>().ListAsync()).Rows);
        Assert.True(row is { IsOpen: true, WasRefunded: true });
        Assert.Contains("already refunded", await _db.ScalarAsync<string>("SELECT message FROM notifications WHERE user_id = $1 AND title LIKE 'New dispute%'", _admin));

        await _db.DeliverShuffledAsync(_world.Clock, 9, StripeEventBodies.Dispute("charge.dispute.closed", "evt_lost_refunded", intent, "lost"));
        Assert.Equal("refunded", await StatusAsync(sale));
        Assert.Equal(1L, await PostingsAsync(sale, "refund"));
        var check = await _world.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
    }

    [Fact]
    public async Task Admins_see_open_disputes_first_a_page_at_a_time_with_counts_of_all()
    {
        var (_, closed) = await SaleAsync("closed");
        await _db.DeliverShuffledAsync(_world.Clock, 6, StripeEventBodies.Dispute("charge.dispute.created", "evt_open_closed", closed, "needs_response"),
            StripeEventBodies.Dispute("charge.dispute.closed", "evt_won_closed", closed, "won"));
        var (_, open) = await SaleAsync("open");
        await _db.DeliverShuffledAsync(_world.Clock, 7, StripeEventBodies.Dispute("charge.dispute.created", "evt_open_open", open, "needs_response"));
        var queries = _world.AsAdmin(_admin).Get<DisputeQueries>();

        var first = await queries.ListAsync(shown: 1);
        Assert.Equal(["Disputed open"], first.Rows.Select(r => r.Title));
        Assert.Equal((1, 1, true), (first.Open, first.Closed, first.HasMore));

        var all = await queries.ListAsync(shown: 2);
        Assert.Equal(["Disputed open", "Disputed closed"], all.Rows.Select(r => r.Title));
        Assert.False(all.HasMore);
        // Members do not see the list at all.
        Assert.Same(DisputeList.Empty, await _world.As(_seller).Get<DisputeQueries>().ListAsync());
    }
}
