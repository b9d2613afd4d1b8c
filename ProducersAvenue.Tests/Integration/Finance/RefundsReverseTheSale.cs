using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Finance.Checkout;
using ProducersAvenue.Domain.Finance.Refunds;
using ProducersAvenue.Domain.Finance.Transactions;
using ProducersAvenue.Domain.Finance.Wallets;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Finance;

/// <summary>
/// An admin's refund (decision 193) reverses the sale on the ledger — from pending inside the hold, from available after
/// it, back to the buyer's wallet for a wallet payment — ends the buyer's access and tells both; it happens once, only by
/// admins. What the seller's balance no longer covers becomes a debt: <see cref="SellersOweWhatTheirBalanceNoLongerCovers"/>.
/// </summary>
public sealed class RefundsReverseTheSale : IAsyncLifetime
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
        _seller = await _db.CreateUserAsync("refund_seller");
        _buyer = await _db.CreateUserAsync("refund_buyer");
        _admin = await _db.CreateUserAsync("refund_admin", UserRole.Admin);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private RefundService Admin => _world.AsAdmin(_admin).Get<RefundService>();
    private Task<Guid> SaleOfAsync(Guid product) => _db.ScalarAsync<Guid>("SELECT id FROM transactions WHERE related_id = $1 AND status = 'completed'", product);

    [Fact]
    public async Task A_refund_inside_the_hold_takes_the_pending_amount_back_and_ends_the_buyers_access_once()
    {
        var product = await _world.ProductAsync(_seller, "Refunded Beat", 19.99m);
        await _world.BuyByCardAsync(_buyer, product);
        var sale = await SaleOfAsync(product);

        var member = await _world.As(_buyer).Get<RefundService>().RefundAsync(sale);
        var refunded = await Admin.RefundAsync(sale);
        var again = await Admin.RefundAsync(sale);

        Assert.Equal("forbidden", member.FirstError?.Code);
        Assert.True(refunded.Succeeded, refunded.FirstError?.Message);
        Assert.Equal("finance.already_refunded", again.FirstError?.Code); // it said "only a completed sale…", as if the wrong row was picked
        Assert.Equal("refunded", await _db.ScalarAsync<string>("SELECT status FROM transactions WHERE id = $1", sale));
        Assert.Equal((0, 0, 0), (await _world.PendingAsync(_seller), await _world.AvailableAsync(_seller),
            await _db.ScalarAsync<int>("SELECT total_earned FROM wallets WHERE user_id = $1", _seller)));
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM product_acquisitions WHERE transaction_id = $1 AND revoked_at IS NOT NULL", sale));
        Assert.Equal(0, await _db.ScalarAsync<int>("SELECT purchases_count FROM products WHERE id = $1", product));
        Assert.Equal(["Your payment of $19.99 for “Refunded Beat” is refunded"],
            await _db.ListAsync<string>("SELECT title FROM notifications WHERE user_id = $1", _buyer));
        // The refunded sale never clears.
        _world.Clock.Advance(TimeSpan.FromDays(8));
        Assert.Equal(0, await _world.System().Get<WalletClearing>().ReleaseDueAsync());
        var check = await _world.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
        // The buyer may buy it again.
        Assert.True((await _world.As(_buyer).Get<CheckoutService>().StartAsync(new CheckoutCommand(product, PaymentMethod.Card))).Succeeded);
    }

    [Fact]
    public async Task After_the_hold_a_refund_takes_the_available_amount_and_a_wallet_payment_returns_to_the_buyers_wallet()
    {
        var funding = await _world.ProductAsync(_buyer, "Buyer's Own Beat", 19.99m);
        await _world.BuyByCardAsync(_seller, funding);
        var product = await _world.ProductAsync(_seller, "Old Sale", 5m);
        await _world.BuyByCardAsync(await _db.CreateUserAsync("refund_other"), product);
        _world.Clock.Advance(TimeSpan.FromDays(8));
        await _world.System().Get<WalletClearing>().ReleaseDueAsync();
        var walletPaid = await _world.ProductAsync(_seller, "Wallet Paid Loops", 5m);
        Assert.True((await _world.As(_buyer).Get<CheckoutService>().StartAsync(new CheckoutCommand(walletPaid, PaymentMethod.WalletBalance))).Succeeded);
        var sellerAvailable = await _world.AvailableAsync(_seller);

        Assert.True((await Admin.RefundAsync(await SaleOfAsync(product))).Succeeded);
        Assert.True((await Admin.RefundAsync(await SaleOfAsync(walletPaid))).Succeeded);

        // $5 by card on basic leaves the seller 255¢ (fee 45¢, commission 200¢), taken back from available.
        Assert.Equal(sellerAvailable - 255, await _world.AvailableAsync(_seller));
        Assert.Equal(1111, await _world.AvailableAsync(_buyer));
        Assert.Equal(0, await _db.ScalarAsync<int>("SELECT total_spent_on_platform FROM wallets WHERE user_id = $1", _buyer));
        var check = await _world.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
    }

    [Fact]
    public async Task Admins_find_payments_by_product_or_member_and_status()
    {
        await _world.BuyByCardAsync(_buyer, await _world.ProductAsync(_seller, "Findable Beat", 10m));
        await _world.StartCardCheckoutAsync(_buyer, await _world.ProductAsync(_seller, "Pending Pack", 10m));
        var queries = _world.AsAdmin(_admin).Get<TransactionQueries>();

        Assert.Equal(["Findable Beat"], (await queries.SearchAsync("findable", null)).Rows.Select(r => r.Title));
        Assert.Equal(2, (await queries.SearchAsync("refund_buyer", null)).Rows.Count);
        Assert.Equal(2, (await queries.SearchAsync("@refund_buyer", null)).Rows.Count); // as the table writes a member
        Assert.Equal(["Pending Pack"], (await queries.SearchAsync(null, TransactionStatus.Pending)).Rows.Select(r => r.Title));
        Assert.Empty((await queries.SearchAsync("100%_\\", null)).Rows);
        Assert.Empty((await _world.As(_buyer).Get<TransactionQueries>().SearchAsync(null, null)).Rows);
    }

    [Fact]
    public async Task Admins_read_payments_a_page_at_a_time_newest_first()
    {
        foreach (var title in new[] { "First Sale", "Second Sale", "Third Sale" })
        {
            await _world.BuyByCardAsync(_buyer, await _world.ProductAsync(_seller, title, 10m));
            _world.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        var queries = _world.AsAdmin(_admin).Get<TransactionQueries>();

        var first = await queries.SearchAsync("sale", null, shown: 2);
        Assert.Equal(["Third Sale", "Second Sale"], first.Rows.Select(r => r.Title));
        Assert.True(first.HasMore);

        var all = await queries.SearchAsync("sale", null, shown: 4);
        Assert.Equal(["Third Sale", "Second Sale", "First Sale"], all.Rows.Select(r => r.Title));
        Assert.False(all.HasMore);
    }
}
