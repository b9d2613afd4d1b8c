using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Profiles;

public sealed class OnboardingIsOfferedToNewMembersOnce : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_new_member_is_offered_the_steps_until_they_finish()
    {
        var member = await _db.CreateUserAsync("newbie");
        var onboarding = _db.As(member).Get<OnboardingService>();
        Assert.True(await onboarding.IsPendingAsync());

        Assert.True((await onboarding.CompleteAsync(OnboardingOutcome.Finished)).Succeeded);

        Assert.False(await _db.As(member).Get<OnboardingService>().IsPendingAsync());
    }

    [Fact]
    public async Task Skipping_is_remembered_and_a_later_finish_keeps_the_first_outcome()
    {
        var member = await _db.CreateUserAsync("skipper");
        await _db.As(member).Get<OnboardingService>().CompleteAsync(OnboardingOutcome.Skipped);
        await _db.As(member).Get<OnboardingService>().CompleteAsync(OnboardingOutcome.Finished);

        Assert.False(await _db.As(member).Get<OnboardingService>().IsPendingAsync());
        Assert.Equal(1, await _db.ScalarAsync<int>("SELECT count(*)::int FROM auth.user_claims WHERE user_id = $1 AND claim_type = $2", member, OnboardingService.ClaimType));
        Assert.Equal("skipped", await _db.ScalarAsync<string>("SELECT claim_value FROM auth.user_claims WHERE user_id = $1", member));
    }

    [Fact]
    public async Task Members_who_already_follow_someone_or_posted_are_not_sent_there()
    {
        var follower = await _db.CreateUserAsync("follower");
        var poster = await _db.CreateUserAsync("poster");
        await _db.As(follower).FollowAsync(poster);
        await _db.As(poster).PostAsync("Hello avenue");

        Assert.False(await _db.As(follower).Get<OnboardingService>().IsPendingAsync());
        Assert.False(await _db.As(poster).Get<OnboardingService>().IsPendingAsync());
    }

    [Fact]
    public async Task Visitors_are_never_pending_and_cannot_complete()
    {
        var onboarding = _db.Anonymous().Get<OnboardingService>();

        Assert.False(await onboarding.IsPendingAsync());
        Assert.False((await onboarding.CompleteAsync(OnboardingOutcome.Finished)).Succeeded);
    }
}
