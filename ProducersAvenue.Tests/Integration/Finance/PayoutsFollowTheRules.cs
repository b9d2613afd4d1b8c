using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance.Payouts;
using ProducersAvenue.Domain.Finance.Wallets;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Finance;

/// <summary>
/// Payouts (product rules, "Money"; decision 191): a connected account, at least $50, at most the available balance, the
/// amount held at once; an admin approves and the processor pays, or the amount comes back — every step on the ledger.
/// </summary>
public sealed class PayoutsFollowTheRules : IAsyncLifetime
{
    private TestDb _db = null!;
    private MoneyWorld _world = null!;
    private Guid _seller;
    private Guid _admin;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = new MoneyWorld(_db);
        _seller = await _db.CreateUserAsync("payout_seller");
        _admin = await _db.CreateUserAsync("payout_admin", UserRole.Admin);
        var buyer = await _db.CreateUserAsync("payout_buyer");
        // $100 by card on the basic plan leaves the seller 5680¢ (fee 320¢, commission 4000¢), available after the hold.
        await _world.BuyByCardAsync(buyer, await _world.ProductAsync(_seller, "Hundred Dollar Kit", 100m));
        _world.Clock.Advance(TimeSpan.FromDays(7));
        await _world.System().Get<WalletClearing>().ReleaseDueAsync();
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private PayoutService Seller => _world.As(_seller).Get<PayoutService>();
    private PayoutQueue Admin => _world.AsAdmin(_admin).Get<PayoutQueue>();

    [Fact]
    public async Task A_request_needs_a_connected_account_at_least_fifty_dollars_and_at_most_the_available_balance()
    {
        var unconnected = await Seller.RequestAsync("50");
        await _world.ConnectStripeAsync(_seller);
        var below = await Seller.RequestAsync("49.99");
        var above = await Seller.RequestAsync("56.81");
        var fraction = await Seller.RequestAsync("50.001");
        var huge = await Seller.RequestAsync("99999999999");
        var empty = await Seller.RequestAsync("  ");

        Assert.Equal("finance.payouts_not_enabled", unconnected.FirstError?.Code);
        Assert.Equal(("finance.payout_below_minimum", "Amount"), (below.FirstError?.Code, below.FirstError?.Field));
        Assert.Equal("You can withdraw at most your available balance, $56.80.", above.FirstError?.Message);
        Assert.Equal("finance.amount_not_cents", fraction.FirstError?.Code);
        Assert.Equal("You can withdraw at most your available balance, $56.80.", huge.FirstError?.Message);
        Assert.Equal(("Type how much to withdraw: at least $50.00.", "Amount"), (empty.FirstError?.Message, empty.FirstError?.Field));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM payouts"));
        Assert.Equal(5680, await _world.AvailableAsync(_seller));
    }

    [Fact]
    public async Task A_member_with_both_methods_chooses_where_the_payout_goes_and_only_among_ready_ones()
    {
        var paypal = _world.As(_seller).Get<Domain.Finance.Payouts.Paypal.PaypalPayoutMethod>();
        Assert.True((await paypal.AddAsync("both.methods@example.test", PaypalSteps.Site)).Succeeded);
        Assert.True((await paypal.VerifyAsync(await _world.LinkTokenAsync("both.methods@example.test"))).Succeeded);

        var toStripeUnready = await Seller.RequestAsync("50", Domain.Finance.PayoutMethod.Stripe);
        await _world.ConnectStripeAsync(_seller);
        var toPaypal = await Seller.RequestAsync("50", Domain.Finance.PayoutMethod.Paypal);

        Assert.Equal(("finance.payout_method_unavailable", "Method"), (toStripeUnready.FirstError?.Code, toStripeUnready.FirstError?.Field));
        Assert.True(toPaypal.Succeeded, toPaypal.FirstError?.Message);
        Assert.Equal("paypal", await _db.ScalarAsync<string>("SELECT payout_method FROM payouts WHERE id = $1", toPaypal.Value));
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM payouts"));
    }

    [Fact]
    public async Task An_approved_payout_leaves_the_balance_at_once_is_paid_and_balances_the_books()
    {
        await _world.ConnectStripeAsync(_seller);

        var requested = await Seller.RequestAsync("$55.00");
        Assert.True(requested.Succeeded, requested.FirstError?.Message);
        Assert.Equal(180, await _world.AvailableAsync(_seller));
        Assert.Equal(Error.Forbidden, await Seller_cannot_approve(requested.Value));
        var approved = await Admin.ApproveAsync(requested.Value);

        Assert.True(approved.Succeeded, approved.FirstError?.Message);
        Assert.Equal(("completed", 5500, 5500), (
            (await _db.ScalarAsync<string>("SELECT status FROM payouts WHERE id = $1", requested.Value))!,
            await _db.ScalarAsync<int>("SELECT total_withdrawn FROM wallets WHERE user_id = $1", _seller),
            await _db.ScalarAsync<int>("SELECT total_withdrawn_stripe FROM wallets WHERE user_id = $1", _seller)));
        Assert.Equal(_admin, await _db.ScalarAsync<Guid>("SELECT approved_by FROM payouts WHERE id = $1", requested.Value));
        string[] told = ["Your payout of $55.00 is approved", "Your payout of $55.00 is on its way", "Your payout request of $55.00 is waiting for approval"];
        Assert.Equal(told, await _db.ListAsync<string>("SELECT title FROM notifications WHERE user_id = $1 AND type = 'payout' ORDER BY title", _seller));
        Assert.Equal(told, await _db.ListAsync<string>("SELECT subject FROM email_outbox WHERE to_address = 'payout_seller@example.test' AND subject LIKE 'Your payout%' ORDER BY subject"));
        Assert.Equal(2L, await _db.ScalarAsync<long>("SELECT count(*) FROM ledger_postings WHERE payout_id = $1", requested.Value));
        Assert.Equal(0, (await Admin.WaitingAsync()).Waiting);
        var check = await _world.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
    }

    [Fact]
    public async Task The_queue_shows_the_oldest_first_a_page_at_a_time_and_counts_and_sums_all_that_wait()
    {
        var requested = DateTimeOffset.UtcNow.AddDays(-10);
        foreach (var (cents, status, days) in new[] { (6000, "pending", 3), (5000, "pending", 1), (7000, "processing", 2), (9000, "completed", 0) })
            await _db.ScalarAsync<int>(
                "INSERT INTO payouts (user_id, wallet_id, amount, payout_method, status, requested_at) SELECT $1, id, $2, 'stripe', $3::text, $4 FROM wallets WHERE user_id = $1 RETURNING 1",
                _seller, cents, status, requested.AddDays(days));

        var first = await Admin.WaitingAsync(shown: 2);
        var all = await Admin.WaitingAsync(shown: 4);
        var asSeller = await _world.As(_seller).Get<PayoutQueue>().WaitingAsync();

        Assert.Equal([5000, 7000], first.Rows.Select(r => r.Amount));
        Assert.Equal((3, 18000L, true), (first.Waiting, first.WaitingCents, first.HasMore));
        Assert.Equal([5000, 7000, 6000], all.Rows.Select(r => r.Amount));
        Assert.False(all.HasMore);
        Assert.Equal(PayoutQueueList.Empty, asSeller);
    }

    private async Task<Error?> Seller_cannot_approve(Guid payout) => (await _world.As(_seller).Get<PayoutQueue>().ApproveAsync(payout)).FirstError;

    [Fact]
    public async Task A_refused_or_cancelled_payout_returns_the_amount_with_the_reason()
    {
        await _world.ConnectStripeAsync(_seller);
        var refused = (await Seller.RequestAsync("50")).Value;

        var noReason = await Admin.RejectAsync(refused, "   ");
        var rejected = await Admin.RejectAsync(refused, "The account name does not match.");

        Assert.Equal("finance.rejection_reason_required", noReason.FirstError?.Code);
        Assert.True(rejected.Succeeded, rejected.FirstError?.Message);
        Assert.Equal("failed", await _db.ScalarAsync<string>("SELECT status FROM payouts WHERE id = $1", refused));
        Assert.Equal("The account name does not match.", await _db.ScalarAsync<string>("SELECT failure_reason FROM payouts WHERE id = $1", refused));
        Assert.Equal(5680, await _world.AvailableAsync(_seller));
        Assert.Equal(["Your payout of $50.00 did not go through", "Your payout request of $50.00 is waiting for approval"],
            await _db.ListAsync<string>("SELECT subject FROM email_outbox WHERE to_address = 'payout_seller@example.test' AND subject LIKE 'Your payout%' ORDER BY subject"));
        Assert.Contains("The account name does not match. The amount is back in your available balance.",
            await _db.ScalarAsync<string>("SELECT message FROM notifications WHERE user_id = $1 AND title = 'Your payout of $50.00 did not go through'", _seller));

        var cancelled = (await Seller.RequestAsync("50")).Value;
        Assert.True((await Seller.CancelAsync(cancelled)).Succeeded);
        Assert.Equal("finance.payout_illegal_transition", (await Seller.CancelAsync(cancelled)).FirstError?.Code);
        Assert.Equal("finance.payout_not_found", (await _world.As(_admin).Get<PayoutService>().CancelAsync(refused)).FirstError?.Code);
        Assert.Equal(5680, await _world.AvailableAsync(_seller));
        var check = await _world.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
    }

    [Fact]
    public async Task Two_requests_racing_for_one_balance_cannot_both_take_it()
    {
        await _world.ConnectStripeAsync(_seller);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            Task.Run(() => _world.As(_seller).Get<PayoutService>().RequestAsync("50"))));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal("finance.payout_above_balance", r.FirstError?.Code));
        Assert.Equal(680, await _world.AvailableAsync(_seller));
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM payouts"));
        var check = await _world.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
    }
}
