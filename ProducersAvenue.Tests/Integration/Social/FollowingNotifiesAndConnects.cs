using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Social;

public sealed class FollowingNotifiesAndConnects : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Following_twice_notifies_once_and_two_follows_make_a_connection()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bo = await _db.CreateUserAsync("bob");
        var asAna = _db.As(ana);
        await asAna.FollowAsync(bo);
        await asAna.FollowAsync(bo);

        await using (var db = _db.Context())
        {
            var note = Assert.Single(await db.Notifications.Where(n => n.UserId == bo).ToListAsync());
            Assert.Equal(NotificationType.Follow, note.Type);
            Assert.Equal("@ana followed you", note.Title);
        }
        Assert.False(await asAna.Get<FollowService>().IsConnectedAsync(ana, bo));
        Assert.Equal(new FollowState(true, false, false), await asAna.Get<FollowService>().StateAsync(bo));

        await _db.As(bo).FollowAsync(ana);

        Assert.True(await asAna.Get<FollowService>().IsConnectedAsync(ana, bo));
        var followers = await asAna.Get<FollowService>().FollowersAsync("ana");
        var row = Assert.Single(followers.Items);
        Assert.Equal("bob", row.Member.Username);
        Assert.True(row.Connected);
        Assert.Equal(1, await _db.ScalarAsync<int>("SELECT followers_count FROM user_profiles WHERE user_id = $1", bo));
    }

    [Fact]
    public async Task Following_unfollowing_and_following_again_notifies_once()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bo = await _db.CreateUserAsync("bob");
        var follows = _db.As(ana).Get<FollowService>();
        Assert.True((await follows.FollowAsync(bo)).Succeeded);
        Assert.True((await follows.UnfollowAsync(bo)).Succeeded);
        Assert.True((await follows.FollowAsync(bo)).Succeeded);

        Assert.Equal(["@ana followed you"], await _db.ListAsync<string>("SELECT title FROM notifications WHERE user_id = $1", bo));
    }

    [Fact]
    public async Task Liking_unliking_and_liking_again_notifies_once()
    {
        var ana = await _db.CreateUserAsync("ana");
        var bo = await _db.CreateUserAsync("bob");
        var post = await _db.As(bo).PostAsync("first beat");
        var likes = _db.As(ana).Get<LikeService>();
        for (var i = 0; i < 5; i++) Assert.True((await likes.TogglePostAsync(post)).Succeeded);

        Assert.Equal(1, await _db.ScalarAsync<long>("SELECT likes_count FROM posts WHERE id = $1", post));
        Assert.Equal(["@ana liked your post"], await _db.ListAsync<string>("SELECT title FROM notifications WHERE user_id = $1", bo));
    }

    [Fact]
    public async Task Following_yourself_is_an_error_not_an_exception()
    {
        var ana = await _db.CreateUserAsync("ana");
        var result = await _db.As(ana).Get<FollowService>().FollowAsync(ana);
        Assert.Equal(SocialErrors.CannotFollowSelf, result.FirstError);
    }

    [Fact]
    public async Task People_you_may_know_are_friends_of_friends_never_self_or_already_followed()
    {
        var me = await _db.CreateUserAsync("me");
        var friend = await _db.CreateUserAsync("friend");
        var friendOfFriend = await _db.CreateUserAsync("fof");
        await _db.CreateUserAsync("stranger");
        await _db.As(me).FollowAsync(friend);
        await _db.As(friend).FollowAsync(friendOfFriend);
        await _db.As(friend).FollowAsync(me);

        var suggestions = await _db.As(me).Get<FollowService>().PeopleYouMayKnowAsync();

        Assert.Equal("fof", suggestions[0].Username);
        Assert.Equal(1, suggestions[0].MutualConnections);
        Assert.DoesNotContain(suggestions, s => s.UserId == me || s.UserId == friend);
        // The list is filled after the friend of a friend with the most followed (here: the stranger, with none).
        Assert.Equal(["fof", "stranger"], suggestions.Select(s => s.Username));
    }

    [Fact]
    public async Task A_member_with_one_match_gets_it_first_and_the_most_followed_after_it_but_never_an_admin()
    {
        var me = await _db.CreateUserAsync("picky");
        var friend = await _db.CreateUserAsync("pal");
        var fof = await _db.CreateUserAsync("pal_of_pal");
        var star = await _db.CreateUserAsync("big_star");
        var admin = await _db.CreateUserAsync("site_admin", UserRole.Admin);
        await _db.As(me).FollowAsync(friend);
        await _db.As(friend).FollowAsync(fof);
        // Not even when someone the member follows follows the admin (a friend of a friend who is staff was suggested).
        await _db.As(friend).FollowAsync(admin);
        foreach (var fan in new[] { "fan_a", "fan_b", "fan_c" }) await _db.As(await _db.CreateUserAsync(fan)).FollowAsync(star);

        var suggestions = await _db.As(me).Get<FollowService>().PeopleYouMayKnowAsync();

        Assert.Equal(["pal_of_pal", "big_star"], suggestions.Take(2).Select(s => s.Username));
        Assert.DoesNotContain(suggestions, s => s.Username == "site_admin");
        Assert.True(suggestions.Count > 2, "the list was not filled");
    }

    [Fact]
    public async Task A_new_member_with_nothing_to_go_on_is_shown_the_most_followed_members()
    {
        var me = await _db.CreateUserAsync("newcomer");
        var star = await _db.CreateUserAsync("star");
        var known = await _db.CreateUserAsync("known");
        await _db.CreateUserAsync("quiet");
        foreach (var fan in new[] { "fan_one", "fan_two" }) await _db.As(await _db.CreateUserAsync(fan)).FollowAsync(star);
        await _db.As(star).FollowAsync(known);

        var suggestions = await _db.As(me).Get<FollowService>().PeopleYouMayKnowAsync();

        Assert.Equal(["star", "known"], suggestions.Take(2).Select(s => s.Username));
        Assert.All(suggestions, s => Assert.Equal((0, 0), (s.SharedInterests, s.MutualConnections)));
        Assert.DoesNotContain(suggestions, s => s.UserId == me);
    }
}
