using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Seeding;

/// <summary>Issue 12's demo: some members' notification settings differ from the defaults, read back through the service.</summary>
[Collection(SeededDemoCollection.Name)]
public sealed class DemoNotificationPreferencesDifferFromTheDefaults(SeededDemo demo)
{
    private readonly TestDb _db = demo.Db;

    [Fact]
    public async Task Lena_gets_no_digest_and_no_message_emails()
    {
        var lena = await _db.ScalarAsync<Guid>("SELECT user_id FROM user_profiles WHERE username = 'lena_keys'");

        var settings = (await _db.As(lena).Get<NotificationPreferenceService>().ListMineAsync()).Value!;

        var changed = settings.Where(p => p.Email != NotificationTypeCatalog.For(p.Type).Email || p.InApp != NotificationTypeCatalog.For(p.Type).InApp)
            .Select(p => p.Type).Order().ToList();
        Assert.Equal([NotificationType.Like, NotificationType.Follow, NotificationType.Message], changed);
        Assert.True(await _db.ScalarAsync<long>("SELECT count(DISTINCT user_id) FROM notification_preferences") >= 3);
    }
}
