using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Finance.Checkout;
using ProducersAvenue.Domain.Finance.Wallets;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Finance;

/// <summary>
/// Escrow and the wallet (product rules, "Money"): proceeds clear after 7 days on the fake clock and not before, a wallet
/// pays without a processor fee, and no balance goes below zero however many purchases race for it.
/// </summary>
public sealed class WalletsClearAndNeverOverdraw : IAsyncLifetime
{
    private TestDb _db = null!;
    private MoneyWorld _world = null!;
    private Guid _producer;
    private Guid _fan;
    private Guid _label;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = new MoneyWorld(_db);
        _producer = await _db.CreateUserAsync("wallet_producer");
        _fan = await _db.CreateUserAsync("wallet_fan");
        _label = await _db.CreateUserAsync("wallet_label");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<int> ReleaseAsync() => _world.System().Get<WalletClearing>().ReleaseDueAsync();

    [Fact]
    public async Task Proceeds_clear_seven_days_after_payment_and_not_a_minute_before()
    {
        await _world.BuyByCardAsync(_fan, await _world.ProductAsync(_producer, "Clearing Kit", 19.99m));

        _world.Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await ReleaseAsync());
        Assert.Equal((1111, 0), (await _world.PendingAsync(_producer), await _world.AvailableAsync(_producer)));
        var pending = await _world.As(_producer).Get<WalletQueries>().PendingAsync();
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero), Assert.Single(pending).ReleasesAt);

        _world.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await ReleaseAsync());
        Assert.Equal(0, await ReleaseAsync());

        Assert.Equal((0, 1111), (await _world.PendingAsync(_producer), await _world.AvailableAsync(_producer)));
        Assert.Empty(await _world.As(_producer).Get<WalletQueries>().PendingAsync());
        var check = await _world.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
    }

    [Fact]
    public async Task A_wallet_pays_without_a_processor_fee_and_is_refused_when_its_balance_does_not_cover_the_price()
    {
        await _world.BuyByCardAsync(_label, await _world.ProductAsync(_fan, "Fan's First Beat", 19.99m));
        _world.Clock.Advance(TimeSpan.FromDays(8));
        await ReleaseAsync();
        Assert.Equal(1111, await _world.AvailableAsync(_fan));
        var small = await _world.ProductAsync(_producer, "Five Dollar Loops", 5m);
        var big = await _world.ProductAsync(_producer, "Twenty Dollar Kit", 19.99m);
        var checkout = _world.As(_fan).Get<CheckoutService>();

        var bought = await checkout.StartAsync(new CheckoutCommand(small, PaymentMethod.WalletBalance));
        var refused = await checkout.StartAsync(new CheckoutCommand(big, PaymentMethod.WalletBalance));

        Assert.True(bought.Succeeded, bought.FirstError?.Message);
        Assert.StartsWith("/library/PA-", bought.Value!.RedirectUrl);
        // $5.00 from the wallet on the basic plan: no processor fee, 40% commission, 300¢ to the seller.
        Assert.Equal((500, 0, 200, 300, "wallet"), (
            await _db.ScalarAsync<int>("SELECT amount_total FROM transactions WHERE related_id = $1", small),
            await _db.ScalarAsync<int>("SELECT amount_fees FROM transactions WHERE related_id = $1", small),
            await _db.ScalarAsync<int>("SELECT amount_commission FROM transactions WHERE related_id = $1", small),
            await _db.ScalarAsync<int>("SELECT amount_seller FROM transactions WHERE related_id = $1", small),
            (await _db.ScalarAsync<string>("SELECT payment_processor FROM transactions WHERE related_id = $1", small))!));
        Assert.Equal((611, 500), (await _world.AvailableAsync(_fan),
            await _db.ScalarAsync<int>("SELECT total_spent_on_platform FROM wallets WHERE user_id = $1", _fan)));
        Assert.Equal(300, await _world.PendingAsync(_producer));

        Assert.Equal(("finance.insufficient_funds", "Method"), (refused.FirstError?.Code, refused.FirstError?.Field));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM transactions WHERE related_id = $1", big));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM product_acquisitions WHERE product_id = $1", big));
        var check = await _world.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
    }

    [Fact]
    public async Task Wallet_purchases_racing_for_one_balance_never_take_it_below_zero()
    {
        await _world.BuyByCardAsync(_label, await _world.ProductAsync(_fan, "Race Funding Beat", 19.99m));
        _world.Clock.Advance(TimeSpan.FromDays(8));
        await ReleaseAsync();
        var products = new List<Guid>();
        for (var i = 0; i < 6; i++) products.Add(await _world.ProductAsync(_producer, $"Race Pack {i}", 5m));

        var results = await Task.WhenAll(products.Select(p =>
            Task.Run(() => _world.As(_fan).Get<CheckoutService>().StartAsync(new CheckoutCommand(p, PaymentMethod.WalletBalance)))));

        // 1111¢ available buys two $5.00 packs, never three.
        Assert.Equal(2, results.Count(r => r.Succeeded));
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal("finance.insufficient_funds", r.FirstError?.Code));
        Assert.Equal(111, await _world.AvailableAsync(_fan));
        var check = await _world.CheckLedgerAsync();
        Assert.True(check.Holds, check.Summary);
    }
}
