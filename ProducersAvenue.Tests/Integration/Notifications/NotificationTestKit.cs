using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Notifications;

/// <summary>Counting what the notifier wrote for a member, as the owner (past Row Level Security).</summary>
internal static class NotificationTestKit
{
    public static Task<long> NotificationsAsync(this TestDb db, Guid userId) =>
        db.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE user_id = $1", userId);

    public static async Task<List<string>> EmailsToAsync(this TestDb db, string address) =>
        await db.ListAsync<string>("SELECT html_body FROM email_outbox WHERE to_address = $1 ORDER BY created_at, id", address);

    public static Task<long> DigestItemsAsync(this TestDb db, Guid userId) =>
        db.ScalarAsync<long>("SELECT count(*) FROM notification_digest_items WHERE user_id = $1", userId);

    public static async Task SetPreferenceAsync(this TestServices member, NotificationType type, bool inApp, bool email) =>
        Assert.True((await member.Get<NotificationPreferenceService>().SetAsync(type, inApp, email)).Succeeded);
}
