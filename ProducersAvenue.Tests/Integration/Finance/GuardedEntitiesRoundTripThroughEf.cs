using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Finance;

/// <summary>Entities whose state only their methods change (private setters) still save and load through EF Core.</summary>
public sealed class GuardedEntitiesRoundTripThroughEf : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task An_approved_payout_saves_and_loads_with_its_status_and_approver()
    {
        var seller = await _db.CreateUserAsync("seller");
        var admin = await _db.CreateUserAsync("boss", UserRole.Admin);
        Guid id;
        await using (var db = _db.Context())
        {
            var wallet = await db.Wallets.SingleAsync(w => w.UserId == seller);
            var payout = Payout.Request(seller, wallet.Id, 7500, PayoutMethod.Stripe, Now).Value!;
            Assert.True(payout.Approve(admin, Now.AddHours(1)).Succeeded);
            db.Payouts.Add(payout);
            await db.SaveChangesAsync();
            id = payout.Id;
        }

        await using var again = _db.Context();
        var loaded = await again.Payouts.SingleAsync(p => p.Id == id);
        Assert.Equal((PayoutStatus.Processing, admin, 7500), (loaded.Status, loaded.ApprovedBy, loaded.Amount));
        Assert.Equal("processing", await _db.ScalarAsync<string>("SELECT status FROM payouts WHERE id = $1", id));
    }

    [Fact]
    public async Task A_plan_changed_through_its_method_is_stored()
    {
        var member = await _db.CreateUserAsync("member");
        await using (var db = _db.Context())
        {
            var plan = await db.Subscriptions.SingleAsync(s => s.UserId == member);
            Assert.True(plan.ChangeTier(SubscriptionTier.Premium, BillingInterval.Annual).Succeeded);
            Assert.True(plan.MarkPastDue().Succeeded);
            await db.SaveChangesAsync();
        }

        await using var again = _db.Context();
        var loaded = await again.Subscriptions.SingleAsync(s => s.UserId == member);
        Assert.Equal((SubscriptionTier.Premium, BillingInterval.Annual, SubscriptionStatus.PastDue), (loaded.Tier, loaded.Interval, loaded.Status));
        Assert.Equal("finance.plan_not_active", loaded.ChangeTier(SubscriptionTier.Basic, null).FirstError?.Code);
    }
}
