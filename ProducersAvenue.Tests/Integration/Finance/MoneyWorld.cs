using Microsoft.Extensions.Time.Testing;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Finance.Checkout;
using ProducersAvenue.Domain.Finance.Ledger;
using ProducersAvenue.Domain.Finance.Payments.Sandbox;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Finance;

/// <summary>Sellers, buyers and priced products on a real database, with one fake clock the money path and the tests share.</summary>
public sealed class MoneyWorld(TestDb db)
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    public TestDb Db { get; } = db;

    public TestServices As(Guid member) => Db.Services(CurrentUser.For(member), Clock);
    public TestServices AsAdmin(Guid admin) => Db.Services(CurrentUser.For(admin, UserRole.Admin), Clock);
    public TestServices System() => Db.Services(clock: Clock);

    /// <summary>An active, approved paid product written as the owner.</summary>
    public Task<Guid> ProductAsync(Guid seller, string title, decimal price, bool nameYourPrice = false, decimal? minimum = null, string license = "commercial") =>
        Db.InsertAsync("""
            INSERT INTO products (seller_id, title, slug, price, is_free, allow_name_your_price, minimum_price, status, is_approved, license_type)
            VALUES ($1, $2, $3, $4, false, $5, $6, 'active', true, $7) RETURNING id
            """, seller, title, $"product-{Guid.NewGuid():N}", price, nameYourPrice, (object?)minimum ?? DBNull.Value, license);

    /// <summary>Opens a card checkout as <paramref name="buyer"/> and returns its pending transaction.</summary>
    public async Task<Guid> StartCardCheckoutAsync(Guid buyer, Guid product, string? amount = null)
    {
        var started = await As(buyer).Get<CheckoutService>().StartAsync(new CheckoutCommand(product, PaymentMethod.Card, amount));
        Assert.True(started.Succeeded, started.FirstError?.Message);
        Assert.StartsWith("/checkout/pay/", started.Value!.RedirectUrl);
        return Guid.Parse(started.Value.RedirectUrl["/checkout/pay/".Length..]);
    }

    /// <summary>Buys by card with the sandbox's success card; returns the library reference.</summary>
    public async Task<string> BuyByCardAsync(Guid buyer, Guid product, string? amount = null)
    {
        var transaction = await StartCardCheckoutAsync(buyer, product, amount);
        var paid = await As(buyer).Get<SandboxCheckout>().PayAsync(transaction, SandboxCards.Success);
        Assert.True(paid.Succeeded, paid.FirstError?.Message);
        return paid.Value!.Reference!;
    }

    public Task<LedgerCheckReport> CheckLedgerAsync() => System().Get<LedgerCheck>().RunAsync();

    public Task<int> AvailableAsync(Guid member) => Db.ScalarAsync<int>("SELECT balance_available FROM wallets WHERE user_id = $1", member)!;
    public Task<int> PendingAsync(Guid member) => Db.ScalarAsync<int>("SELECT balance_pending FROM wallets WHERE user_id = $1", member)!;
}
