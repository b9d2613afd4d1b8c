using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Finance.Payments.Sandbox;
using ProducersAvenue.Domain.Finance.Plans;
using ProducersAvenue.Domain.Finance.Transactions;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Finance;

/// <summary>
/// The admin revenue page's figures: a plan payment and a sale's commission both credit <c>platform_revenue</c>, and the
/// page keeps them apart — commission is what the platform kept of sales, plans what sellers paid for their tier.
/// </summary>
public sealed class RevenueTellsPlansFromCommission : IAsyncLifetime
{
    private TestDb _db = null!;
    private MoneyWorld _world = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = new MoneyWorld(_db);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_plan_payment_is_counted_as_plans_and_not_as_commission()
    {
        var seller = await _db.CreateUserAsync("revenue_seller");
        var buyer = await _db.CreateUserAsync("revenue_buyer");
        var admin = await _db.CreateUserAsync("revenue_admin", UserRole.Admin);
        await _world.BuyByCardAsync(buyer, await _world.ProductAsync(seller, "Revenue Kit", 20m));
        var started = await _world.As(seller).Get<PlanService>().UpgradeAsync(SubscriptionTier.Premium, BillingInterval.Monthly);
        Assert.True(started.Succeeded, started.FirstError?.Message);
        var plan = Guid.Parse(started.Value!.RedirectUrl["/checkout/pay/".Length..]);
        Assert.True((await _world.As(seller).Get<SandboxCheckout>().PayAsync(plan, SandboxCards.Success)).Succeeded);
        var commission = await PlatformKeptAsync("e.account = 'platform_revenue' AND t.transaction_type = 'product_purchase'");
        var plans = await PlatformKeptAsync("e.account = 'platform_revenue' AND t.transaction_type = 'subscription_payment'");
        var fees = await PlatformKeptAsync("e.account = 'processor_fees'");

        var periods = await _world.AsAdmin(admin).Get<RevenueQueries>().OverTimeAsync(RevenueGrouping.Day, _world.Clock.GetUtcNow());

        var today = periods[^1];
        Assert.True(commission > 0 && plans > 0, $"commission {commission}, plans {plans}");
        Assert.Equal((commission, plans, fees), (today.CommissionCents, today.PlansCents, today.FeesCents));
        Assert.Equal(2000 + 1900, today.GrossCents);
        Assert.Empty(await _world.As(seller).Get<RevenueQueries>().OverTimeAsync(RevenueGrouping.Day, _world.Clock.GetUtcNow()));
    }

    private async Task<long> PlatformKeptAsync(string where) => (await _db.ScalarAsync<long?>($"""
        SELECT (-sum(e.amount))::bigint FROM ledger_entries e JOIN ledger_postings p ON p.id = e.posting_id JOIN transactions t ON t.id = p.transaction_id
        WHERE {where}
        """)) ?? 0;
}
