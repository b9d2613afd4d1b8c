using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Finance.Payments.Sandbox;
using ProducersAvenue.Domain.Finance.Plans;
using ProducersAvenue.Domain.Finance.Wallets;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Finance;

/// <summary>
/// The wallet page's activity: every payment the member made or received, newest first, a sale with what it paid and
/// a purchase as what it cost — including a plan payment, which has no seller.
/// </summary>
public sealed class WalletActivityListsEveryPayment : IAsyncLifetime
{
    private TestDb _db = null!;
    private MoneyWorld _world = null!;
    private Guid _seller;
    private Guid _buyer;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = new MoneyWorld(_db);
        _seller = await _db.CreateUserAsync("activity_seller");
        _buyer = await _db.CreateUserAsync("activity_buyer");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_plan_payment_is_listed_as_a_purchase_beside_the_members_sales()
    {
        await _world.BuyByCardAsync(_buyer, await _world.ProductAsync(_seller, "Activity Kit", 19.99m));
        _world.Clock.Advance(TimeSpan.FromMinutes(5));
        var started = await _world.As(_seller).Get<PlanService>().UpgradeAsync(SubscriptionTier.Premium, BillingInterval.Monthly);
        Assert.True(started.Succeeded, started.FirstError?.Message);
        var transaction = Guid.Parse(started.Value!.RedirectUrl["/checkout/pay/".Length..]);
        Assert.True((await _world.As(_seller).Get<SandboxCheckout>().PayAsync(transaction, SandboxCards.Success)).Succeeded);

        var sellers = await _world.As(_seller).Get<WalletQueries>().ActivityAsync();
        var buyers = await _world.As(_buyer).Get<WalletQueries>().ActivityAsync();

        Assert.Collection(sellers.Items,
            plan => Assert.Equal(("subscription_payment", false, "Premium plan, monthly", 1900), (plan.TransactionType, plan.IsSale, plan.Title, plan.AmountTotal)),
            sale => Assert.Equal(("product_purchase", true, "Activity Kit", 1111), (sale.TransactionType, sale.IsSale, sale.Title, sale.AmountSeller)));
        var purchase = Assert.Single(buyers.Items);
        Assert.Equal(("product_purchase", false, 1999), (purchase.TransactionType, purchase.IsSale, purchase.AmountTotal));
        Assert.Null(sellers.NextCursor);
    }
}
