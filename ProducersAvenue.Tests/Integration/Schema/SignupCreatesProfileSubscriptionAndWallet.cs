using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Schema;

public sealed class SignupCreatesProfileSubscriptionAndWallet : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Inserting_an_identity_user_creates_profile_basic_subscription_and_wallet()
    {
        var userId = await _db.CreateUserAsync("beat_smith");

        await using var db = _db.Context();
        var profile = await db.UserProfiles.SingleAsync(p => p.UserId == userId);
        Assert.Equal("beat_smith", profile.Username);
        Assert.Equal(UserRole.Member, profile.Role);
        Assert.Equal(ProfileVisibility.Public, profile.ProfileVisibility);
        Assert.Equal(LocationVisibility.City, profile.LocationVisibility);
        Assert.Equal(0, profile.FollowersCount);

        var subscription = await db.Subscriptions.SingleAsync(s => s.UserId == userId);
        Assert.Equal(SubscriptionTier.Basic, subscription.Tier);
        Assert.Equal(SubscriptionStatus.Active, subscription.Status);
        Assert.Null(subscription.Interval);

        var wallet = await db.Wallets.SingleAsync(w => w.UserId == userId);
        Assert.Equal(0, wallet.BalanceAvailable);
        Assert.Equal(0, wallet.BalancePending);
        Assert.False(wallet.PayoutsEnabled);
    }

    [Fact]
    public async Task A_username_that_breaks_the_rules_falls_back_to_the_email_local_part()
    {
        var userId = await _db.CreateUserAsync("Not A Valid Name!", email: "Ana.Lopez@example.test");

        await using var db = _db.Context();
        var username = await db.UserProfiles.Where(p => p.UserId == userId).Select(p => p.Username).SingleAsync();
        Assert.Matches("^ana.lopez_[0-9a-f]{6}$", username);
    }
}
