using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Notifications;

/// <summary>
/// Decision 278: a mute silences the muted member's notifications too — comments, replies, mentions, likes and follows
/// reach the muter neither in the bell nor by email (nor in the digest), silently; everyone else in the same batch is
/// told as before, and the muted member is told of the muter's doings as before.
/// </summary>
public sealed class MutedMembersAreNotHeardFrom : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task The_muter_hears_nothing_of_the_muted_member_and_others_are_told_as_before()
    {
        var bob = await _db.CreateUserAsync("bob");
        var alice = await _db.CreateUserAsync("alice");
        var carol = await _db.CreateUserAsync("carol");
        var bobsPost = await _db.As(bob).PostAsync("bob's loop");
        var carolsPost = await _db.As(carol).PostAsync("carol's loop");
        var bobsComment = (await _db.As(bob).Get<CommentService>().AddAsync(carolsPost, "the hats")).Value;
        Assert.True((await _db.As(bob).Get<MuteService>().MuteAsync(alice)).Succeeded);
        var before = await _db.EmailsToAsync("bob@example.test");

        var alices = _db.As(alice);
        Assert.True((await alices.Get<CommentService>().AddAsync(bobsPost, "alice comment while muted mutedcommentword")).Succeeded);
        Assert.True((await alices.Get<CommentService>().AddAsync(carolsPost, "agreed, @bob", bobsComment)).Succeeded);
        Assert.True((await alices.Get<LikeService>().LikePostAsync(bobsPost)).Succeeded);
        Assert.True((await alices.Get<LikeService>().ToggleCommentAsync(bobsComment)).Succeeded);
        await alices.PostAsync("shout out to @bob");
        await alices.FollowAsync(bob);

        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE user_id = $1 AND actor_id = $2", bob, alice));
        Assert.Equal(before, await _db.EmailsToAsync("bob@example.test"));
        Assert.Equal(0, await _db.DigestItemsAsync(bob));
        // The same batch told carol of the reply on her post.
        Assert.Equal(1, await _db.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE user_id = $1 AND actor_id = $2 AND type = 'comment'", carol, alice));

        // Silent: the muted member hears of the muter as before; another member is heard by the muter.
        Assert.True((await _db.As(bob).Get<CommentService>().AddAsync(
            (await _db.As(alice).PostAsync("alice's loop")), "nice")).Succeeded);
        Assert.Equal(1, await _db.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE user_id = $1 AND actor_id = $2", alice, bob));
        Assert.True((await _db.As(carol).Get<CommentService>().AddAsync(bobsPost, "carol was here")).Succeeded);
        Assert.Equal(1, await _db.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE user_id = $1 AND actor_id = $2", bob, carol));

        // Unmuted, alice is heard again.
        Assert.True((await _db.As(bob).Get<MuteService>().UnmuteAsync(alice)).Succeeded);
        Assert.True((await alices.Get<CommentService>().AddAsync(bobsPost, "back again")).Succeeded);
        Assert.Equal(1, await _db.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE user_id = $1 AND actor_id = $2", bob, alice));
    }

    [Fact]
    public async Task A_mute_leaves_notifications_that_are_not_social_alone()
    {
        var bob = await _db.CreateUserAsync("bob");
        var alice = await _db.CreateUserAsync("alice");
        Assert.True((await _db.As(bob).Get<MuteService>().MuteAsync(alice)).Succeeded);

        await _db.As(alice).Get<INotifier>().NotifyAsync(new NotificationRequest(
            bob, NotificationType.Review, "@alice reviewed your beat", "Five stars", "/market", alice));

        Assert.Equal(1, await _db.NotificationsAsync(bob));
    }
}
