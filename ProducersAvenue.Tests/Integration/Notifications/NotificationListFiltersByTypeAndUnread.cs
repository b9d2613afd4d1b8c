using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Notifications;

/// <summary>The notifications page's filters (<c>?type=…&amp;unread=true</c>) narrow the member's own list in the query.</summary>
public sealed class NotificationListFiltersByTypeAndUnread : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Type_and_unread_filters_combine_and_an_unknown_word_means_all_types()
    {
        var member = await _db.CreateUserAsync("member");
        var fan = await _db.CreateUserAsync("fan");
        await _db.ScalarAsync<int>("""
            INSERT INTO notifications (id, user_id, type, title, actor_id, is_read, created_at) VALUES
              (gen_random_uuid(), $1, 'like', 'unread like', $2, false, now()),
              (gen_random_uuid(), $1, 'like', 'read like', $2, true, now()),
              (gen_random_uuid(), $1, 'follow', 'unread follow', $2, false, now()),
              (gen_random_uuid(), $2, 'like', 'someone else''s like', $1, false, now())
            RETURNING 1
            """, member, fan);
        var list = _db.As(member).Get<NotificationQueryService>();

        Assert.Equal(["read like", "unread like"], (await list.ListAsync(type: NotificationType.Like)).Items.Select(n => n.Title).Order());
        Assert.Equal(["unread like"], (await list.ListAsync(unreadOnly: true, type: NotificationType.Like)).Items.Select(n => n.Title));
        Assert.Equal(2, (await list.ListAsync(unreadOnly: true)).Items.Count);
        Assert.Null(NotificationTypeCatalog.Parse("nonsense"));
        Assert.Equal(NotificationType.CustomField, NotificationTypeCatalog.Parse(NotificationTypeCatalog.Word(NotificationType.CustomField)));
    }
}
