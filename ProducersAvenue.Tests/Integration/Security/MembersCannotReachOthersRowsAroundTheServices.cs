using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Security;

/// <summary>
/// The second wall: member B with a raw context as B (the app's own context and connection, no service in between)
/// can neither change nor delete A's rows, and reads none of A's private data.
/// </summary>
public sealed class MembersCannotReachOthersRowsAroundTheServices : IAsyncLifetime
{
    private TestDb _db = null!;
    private SecurityWorld _world = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = await SecurityWorld.CreateAsync(_db);
        // A public profile: B sees A's post and comment, so only the write policies stand in the way.
        await _db.ScalarAsync<int>("UPDATE user_profiles SET profile_visibility = 'public' WHERE user_id = $1", _world.A);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Domain.Persistence.AppDbContext AsB() => _db.Services(CurrentUser.For(_world.B)).Contexts.CreateDbContext();

    [Fact]
    public async Task B_cannot_update_As_post_comment_profile_notification_or_custom_value_request()
    {
        await using var db = AsB();
        var post = _world.Id("post");
        var comment = _world.Id("comment");

        Assert.Equal(1, await db.Posts.CountAsync(p => p.Id == post));
        Assert.Equal(0, await db.Posts.Where(p => p.Id == post).ExecuteUpdateAsync(s => s.SetProperty(p => p.Content, "defaced")));
        Assert.Equal(0, await db.Comments.Where(c => c.Id == comment).ExecuteUpdateAsync(s => s.SetProperty(c => c.Content, "defaced")));
        Assert.Equal(0, await db.UserProfiles.Where(p => p.UserId == _world.A).ExecuteUpdateAsync(s => s.SetProperty(p => p.Bio, "defaced")));
        Assert.Equal(0, await db.Notifications.Where(n => n.UserId == _world.A).ExecuteUpdateAsync(s => s.SetProperty(n => n.IsRead, true)));
        Assert.Equal(0, await db.CustomFieldRequests.Where(r => r.Id == _world.Id("request"))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.FieldValue, "defaced")));

        Assert.Equal(0, await _db.ScalarAsync<long>("""
            SELECT (SELECT count(*) FROM posts WHERE content = 'defaced') + (SELECT count(*) FROM comments WHERE content = 'defaced')
                 + (SELECT count(*) FROM user_profiles WHERE bio = 'defaced') + (SELECT count(*) FROM notifications WHERE is_read)
                 + (SELECT count(*) FROM custom_field_requests WHERE field_value = 'defaced')
            """));
    }

    [Fact]
    public async Task A_tracked_edit_of_As_post_by_B_fails_as_a_lost_update_and_changes_nothing()
    {
        await using var db = AsB();
        var post = await db.Posts.SingleAsync(p => p.Id == _world.Id("post"));
        post.Content = "defaced";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        Assert.Equal("A's post", await _db.ScalarAsync<string>("SELECT content FROM posts WHERE id = $1", _world.Id("post")));
    }

    [Fact]
    public async Task B_cannot_delete_As_post_comment_profile_notification_or_custom_value_request()
    {
        await using var db = AsB();

        Assert.Equal(0, await db.Posts.Where(p => p.UserId == _world.A).ExecuteDeleteAsync());
        Assert.Equal(0, await db.Comments.Where(c => c.UserId == _world.A).ExecuteDeleteAsync());
        Assert.Equal(0, await db.UserProfiles.Where(p => p.UserId == _world.A).ExecuteDeleteAsync());
        Assert.Equal(0, await db.Notifications.Where(n => n.UserId == _world.A).ExecuteDeleteAsync());
        Assert.Equal(0, await db.CustomFieldRequests.Where(r => r.Id == _world.Id("request")).ExecuteDeleteAsync());

        Assert.Equal(5, await _db.ScalarAsync<long>("""
            SELECT (SELECT count(*) FROM posts WHERE user_id = $1) + (SELECT count(*) FROM comments WHERE user_id = $1)
                 + (SELECT count(*) FROM user_profiles WHERE user_id = $1) + (SELECT count(*) FROM notifications WHERE user_id = $1)
                 + (SELECT count(*) FROM custom_field_requests WHERE $1 = ANY (requested_by))
            """, _world.A));
    }

    [Fact]
    public async Task B_sees_no_row_of_As_private_data()
    {
        await using var db = AsB();
        var a = _world.A;

        Assert.Equal(0, await db.Users.CountAsync(u => u.Id == a));
        Assert.Equal(0, await db.Wallets.CountAsync(w => w.UserId == a));
        Assert.Equal(0, await db.Subscriptions.CountAsync(s => s.UserId == a));
        Assert.Equal(0, await db.Payouts.CountAsync(p => p.UserId == a));
        Assert.Equal(0, await db.Transactions.CountAsync(t => t.BuyerId == a || t.SellerId == a));
        Assert.Equal(0, await db.Notifications.CountAsync(n => n.UserId == a));
        Assert.Equal(0, await db.CustomFieldRequests.CountAsync(r => r.RequestedBy.Contains(a)));
        Assert.Equal(0, await db.Orders.CountAsync(o => o.BuyerId == a));
        Assert.Equal(0, await db.Conversations.CountAsync());
        Assert.Equal(0, await db.Messages.CountAsync());
        Assert.Equal(0, await db.Reports.CountAsync(r => r.ReporterId == a));
        Assert.Equal(0, await db.WebinarRegistrations.CountAsync(r => r.UserId == a));
        Assert.Equal(0, await db.ReportAbuseTracking.CountAsync(r => r.UserId == a));
    }
}
