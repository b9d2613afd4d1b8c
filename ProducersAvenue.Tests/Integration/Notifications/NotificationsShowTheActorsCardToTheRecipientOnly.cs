using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Integration.Security;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Notifications;

/// <summary>
/// The bell reads the view <c>notification_list</c> (decision 081): the caller's own notifications with each actor's
/// username and avatar, whatever the actor's profile visibility, and nobody else's notifications.
/// </summary>
public sealed class NotificationsShowTheActorsCardToTheRecipientOnly : IAsyncLifetime
{
    private const string Avatar = "/media/avatars/fan.webp";
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_private_actor_who_is_no_connection_shows_with_username_and_avatar()
    {
        var (author, _) = await PrivateFanLikesAPostAsync();

        var item = Assert.Single((await _db.As(author).Get<NotificationQueryService>().ListAsync()).Items);

        Assert.Equal("@fan liked your post", item.Title);
        Assert.Equal("fan", item.ActorUsername);
        Assert.Equal(Avatar, item.ActorAvatarUrl);
    }

    [Fact]
    public async Task Around_the_services_the_view_shows_each_caller_only_their_own_notifications()
    {
        var (author, fan) = await PrivateFanLikesAPostAsync();
        const string all = "SELECT count(*) FROM notification_list";
        var authorsOwn = $"SELECT count(*) FROM notification_list WHERE user_id = '{author}'";

        Assert.Equal(1, await new PolicyCaller("author", "pa_app", author).TryAsync(_db, all));
        Assert.Equal(0, await new PolicyCaller("fan", "pa_app", fan).TryAsync(_db, all));
        Assert.Equal(0, await new PolicyCaller("fan", "pa_app", fan).TryAsync(_db, authorsOwn));
        Assert.Equal(0, await new PolicyCaller("anonymous", "pa_app", null).TryAsync(_db, authorsOwn));
        // The actor's card comes only with a notification: the profile itself stays behind its policy.
        Assert.Equal(0, await new PolicyCaller("author", "pa_app", author).TryAsync(_db,
            $"SELECT count(*) FROM user_profiles WHERE user_id = '{fan}'"));
    }

    private async Task<(Guid Author, Guid Fan)> PrivateFanLikesAPostAsync()
    {
        var author = await _db.CreateUserAsync("author");
        var fan = await _db.CreateUserAsync("fan");
        await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = 'private', avatar_url = $2 WHERE user_id = $1", fan, Avatar);
        var post = await _db.As(author).PostAsync("New beat");
        Assert.True((await _db.As(fan).Get<LikeService>().TogglePostAsync(post)).Succeeded);
        return (author, fan);
    }
}
