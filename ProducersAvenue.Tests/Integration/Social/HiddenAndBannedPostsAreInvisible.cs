using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Social;

public sealed class HiddenAndBannedPostsAreInvisible : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_hidden_post_shows_only_to_its_author_with_the_reason_and_to_admins()
    {
        var author = await _db.CreateUserAsync("author");
        var other = await _db.CreateUserAsync("other");
        var admin = await _db.CreateUserAsync("boss", UserRole.Admin);
        var hidden = await _db.InsertPostAsync(author, "hidden one", SocialTestKit.Start.AddHours(-1), hidden: true);
        await _db.InsertPostAsync(author, "visible one", SocialTestKit.Start.AddHours(-2));

        var asAuthor = await _db.As(author).Get<FeedService>().ExploreAsync();
        var asOther = await _db.As(other).Get<FeedService>().ExploreAsync();
        var asAdmin = await _db.As(admin, UserRole.Admin).Get<FeedService>().ExploreAsync();
        var anonymous = await _db.Anonymous().Get<FeedService>().ExploreAsync();

        var own = Assert.Single(asAuthor.Items, p => p.Id == hidden);
        Assert.True(own.IsHidden);
        Assert.Equal("Spam", own.HiddenReason);
        Assert.DoesNotContain(asOther.Items, p => p.Id == hidden);
        Assert.DoesNotContain(anonymous.Items, p => p.Id == hidden);
        Assert.Contains(asAdmin.Items, p => p.Id == hidden);
        Assert.Null(await _db.As(other).Get<FeedService>().GetAsync(hidden));
        Assert.Equal(2, asAuthor.Items.Count);
        Assert.Single(asOther.Items);
    }

    [Fact]
    public async Task Posts_of_a_banned_member_disappear_for_everyone_but_admins()
    {
        var author = await _db.CreateUserAsync("soon_banned");
        var follower = await _db.CreateUserAsync("fan");
        var admin = await _db.CreateUserAsync("boss", UserRole.Admin);
        var fan = _db.As(follower);
        await fan.FollowAsync(author);
        var post = await _db.InsertPostAsync(author, "hello", SocialTestKit.Start.AddHours(-1));
        Assert.Contains((await fan.Get<FeedService>().HomeAsync()).Items, p => p.Id == post);

        await using (var db = _db.Context())
            await db.UserProfiles.Where(p => p.UserId == author).ExecuteUpdateAsync(s => s.SetProperty(p => p.IsBanned, true));

        Assert.DoesNotContain((await fan.Get<FeedService>().HomeAsync()).Items, p => p.Id == post);
        Assert.DoesNotContain((await fan.Get<FeedService>().ExploreAsync()).Items, p => p.Id == post);
        Assert.Empty((await fan.Get<FeedService>().ProfileAsync(author)).Items);
        Assert.Contains((await _db.As(admin, UserRole.Admin).Get<FeedService>().ExploreAsync()).Items, p => p.Id == post);
    }
}
