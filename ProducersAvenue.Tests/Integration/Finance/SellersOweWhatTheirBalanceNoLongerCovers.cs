using ProducersAvenue.Domain.Finance.Payments;
using ProducersAvenue.Domain.Finance.Payouts;
using ProducersAvenue.Domain.Finance.Refunds;
using ProducersAvenue.Domain.Finance.Wallets;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Finance;

/// <summary>
/// The debt rule (product rules, "Refunds, disputes and debts"; decision 220): a refund or a lost dispute after the hold takes
/// what the seller's available balance holds, and the rest becomes the seller's debt to the platform — shown on the wallet,
/// paid from the next cleared earnings, with payouts refused meanwhile — while every posting stays balanced.
/// </summary>
public sealed class SellersOweWhatTheirBalanceNoLongerCovers : IAsyncLifetime
{
    private TestDb _db = null!;
    private MoneyWorld _world = null!;
    private Guid _seller;
    private Guid _buyer;
    private Guid _admin;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = new MoneyWorld(_db);
        _seller = await _db.CreateUserAsync("debt_seller");
        _buyer = await _db.CreateUserAsync("debt_buyer");
        _admin = await _db.CreateUserAsync("debt_admin", UserRole.Admin);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<int> DebtAsync() => _db.ScalarAsync<int>("SELECT debt_cents FROM wallets WHERE user_id = $1", _seller)!;
    private Task<Guid> SaleOfAsync(Guid product) => _db.ScalarAsync<Guid>("SELECT id FROM transactions WHERE related_id = $1", product);

    /// <summary>A $100 card sale on basic leaves the seller 5680¢; it clears, and the seller withdraws $50 of it (680¢ stay).</summary>
    private async Task<Guid> ClearedSaleMostlyWithdrawnAsync()
    {
        var product = await _world.ProductAsync(_seller, "Withdrawn Kit", 100m);
        await _world.BuyByCardAsync(_buyer, product);
        _world.Clock.Advance(TimeSpan.FromDays(8));
        Assert.Equal(1, await _world.System().Get<WalletClearing>().ReleaseDueAsync());
        var payouts = _world.As(_seller).Get<PayoutService>();
        await _world.ConnectStripeAsync(_seller);
        Assert.True((await payouts.RequestAsync("50")).Succeeded);
        Assert.Equal(680, await _world.AvailableAsync(_seller));
        return await SaleOfAsync(product);
    }

    [Fact]
    public async Task A_late_refund_takes_the_available_balance_and_the_rest_is_owed_until_the_next_clearing_pays_it()
    {
        var sale = await ClearedSaleMostlyWithdrawnAsync();

        var refunded = await _world.AsAdmin(_admin).Get<RefundService>().RefundAsync(sale);

        Assert.True(refunded.Succeeded, refunded.FirstError?.Message);
        Assert.Equal("refunded", await _db.ScalarAsync<string>("SELECT status FROM transactions WHERE id = $1", sale));
        Assert.Equal((0, 5000), (await _world.AvailableAsync(_seller), await DebtAsync()));
        Assert.Equal(5000, (await _world.As(_seller).Get<WalletQueries>().SummaryAsync())!.DebtCents);
        var check = await _world.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);

        // Payouts wait while the debt is open.
        var product = await _world.ProductAsync(_seller, "Next Hit", 100m);
        await _world.BuyByCardAsync(await _db.CreateUserAsync("debt_buyer_two"), product);
        var refused = await _world.As(_seller).Get<PayoutService>().RequestAsync("50");
        Assert.Equal("finance.payouts_wait_for_debt", refused.FirstError?.Code);
        Assert.Equal("Amount", refused.FirstError?.Field);
        Assert.Contains("$50.00", refused.FirstError!.Message);

        // The next cleared earnings pay it first: 5680¢ clear, 5000¢ settle the debt, 680¢ become available.
        _world.Clock.Advance(TimeSpan.FromDays(8));
        Assert.Equal(1, await _world.System().Get<WalletClearing>().ReleaseDueAsync());
        Assert.Equal((0, 680, 0), (await DebtAsync(), await _world.AvailableAsync(_seller), await _world.PendingAsync(_seller)));
        Assert.Contains("What you owed is paid", await _db.ListAsync<string>("SELECT title FROM notifications WHERE user_id = $1", _seller));
        check = await _world.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
    }

    [Fact]
    public async Task A_payout_that_comes_back_pays_the_debt_that_arose_meanwhile_first()
    {
        var sale = await ClearedSaleMostlyWithdrawnAsync();
        Assert.True((await _world.AsAdmin(_admin).Get<RefundService>().RefundAsync(sale)).Succeeded);
        Assert.Equal((0, 5000), (await _world.AvailableAsync(_seller), await DebtAsync()));
        var payouts = _world.As(_seller).Get<PayoutService>();
        var payout = Assert.Single(await payouts.MineAsync());

        var cancelled = await payouts.CancelAsync(payout.Id);

        // The $50 withdrawal returns and settles the $50 owed: nothing stays available beside a debt that blocks payouts.
        Assert.True(cancelled.Succeeded, cancelled.FirstError?.Message);
        Assert.Equal((0, 0), (await _world.AvailableAsync(_seller), await DebtAsync()));
        Assert.Contains("paid what you owed", await _db.ScalarAsync<string>("SELECT memo FROM ledger_postings WHERE kind = 'payout_returned'"));
        var check = await _world.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
    }

    [Fact]
    public async Task A_dispute_lost_after_the_hold_leaves_a_debt_too()
    {
        var sale = await ClearedSaleMostlyWithdrawnAsync();
        var events = _world.System().Get<PaymentEvents>();
        var dispute = new PaymentDispute("dp_debt", 10000, "product_not_received", "lost", null);

        Assert.True((await events.ApplyAsync(new PaymentEvent("evt_debt_open", "sandbox", PaymentEventTypes.DisputeCreated, sale,
            Dispute: dispute with { Status = "needs_response" }))).Succeeded);
        Assert.Equal("disputed", await _db.ScalarAsync<string>("SELECT status FROM transactions WHERE id = $1", sale));
        var lost = await events.ApplyAsync(new PaymentEvent("evt_debt_lost", "sandbox", PaymentEventTypes.DisputeClosed, sale, Dispute: dispute));

        Assert.Equal(PaymentEventEffect.Reversed, lost.Value!.Effect);
        Assert.Equal("refunded", await _db.ScalarAsync<string>("SELECT status FROM transactions WHERE id = $1", sale));
        Assert.Equal((0, 5000), (await _world.AvailableAsync(_seller), await DebtAsync()));
        Assert.Contains("You lost the dispute about a sale of “Withdrawn Kit”",
            await _db.ListAsync<string>("SELECT title FROM notifications WHERE user_id = $1", _seller));
        var check = await _world.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
    }

    [Fact]
    public async Task A_refund_inside_the_hold_never_leaves_a_debt()
    {
        var product = await _world.ProductAsync(_seller, "Fresh Beat", 19.99m);
        await _world.BuyByCardAsync(_buyer, product);

        Assert.True((await _world.AsAdmin(_admin).Get<RefundService>().RefundAsync(await SaleOfAsync(product))).Succeeded);

        Assert.Equal((0, 0, 0), (await _world.PendingAsync(_seller), await _world.AvailableAsync(_seller), await DebtAsync()));
    }
}
