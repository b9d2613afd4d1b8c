using ProducersAvenue.Domain.Finance.Payments.Sandbox;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Finance;

/// <summary>
/// A sandbox card checkout left unpaid expires after a day, as a Stripe checkout session does (<see cref="SandboxExpiry"/>):
/// it fails once, moves no money, and a paid one or one still inside its day is left alone.
/// </summary>
public sealed class AbandonedSandboxCheckoutsExpire : IAsyncLifetime
{
    private TestDb _db = null!;
    private MoneyWorld _world = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = new MoneyWorld(_db);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<string?> StatusAsync(Guid transaction) => _db.ScalarAsync<string>("SELECT status FROM transactions WHERE id = $1", transaction);

    [Fact]
    public async Task An_unpaid_checkout_fails_after_a_day_once_and_a_paid_one_is_left_alone()
    {
        var seller = await _db.CreateUserAsync("expiry_seller");
        var buyer = await _db.CreateUserAsync("expiry_buyer");
        var abandoned = await _world.StartCardCheckoutAsync(buyer, await _world.ProductAsync(seller, "Left In A Tab", 12m));
        var paid = await _world.StartCardCheckoutAsync(buyer, await _world.ProductAsync(seller, "Paid At Once", 15m));
        Assert.True((await _world.As(buyer).Get<SandboxCheckout>().PayAsync(paid, SandboxCards.Success)).Succeeded);
        var expiry = _world.System().Get<SandboxExpiry>();

        _world.Clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(0, await expiry.ExpireDueAsync());
        var fresh = await _world.StartCardCheckoutAsync(buyer, await _world.ProductAsync(seller, "Opened Later", 9m));
        _world.Clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal(1, await expiry.ExpireDueAsync());
        Assert.Equal(0, await expiry.ExpireDueAsync());
        Assert.Equal("failed", await StatusAsync(abandoned));
        Assert.Equal("completed", await StatusAsync(paid));
        Assert.Equal("pending", await StatusAsync(fresh));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM ledger_postings WHERE transaction_id = $1", abandoned));
        Assert.Equal("finance.checkout_closed",
            (await _world.As(buyer).Get<SandboxCheckout>().PayAsync(abandoned, SandboxCards.Success)).FirstError?.Code);
    }
}
