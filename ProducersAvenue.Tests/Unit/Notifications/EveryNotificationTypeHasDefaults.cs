using ProducersAvenue.Domain.Notifications;

namespace ProducersAvenue.Tests.Unit.Notifications;

/// <summary>Decision 210: the catalogue is the one place for each type's label and defaults, so a new type adds one line there.</summary>
public sealed class EveryNotificationTypeHasDefaults
{
    [Fact]
    public void Each_notification_type_has_exactly_one_line_in_the_catalogue()
    {
        var listed = NotificationTypeCatalog.All.Select(t => t.Type).ToList();
        Assert.Equal(Enum.GetValues<NotificationType>().Order(), listed.Order());
        Assert.Equal(listed.Count, listed.Distinct().Count());
    }

    [Fact]
    public void Likes_and_follows_are_the_chatty_types_that_email_as_a_digest()
    {
        var digest = NotificationTypeCatalog.All.Where(t => t.Digest).Select(t => t.Type).Order().ToList();
        Assert.Equal([NotificationType.Like, NotificationType.Follow], digest);
        Assert.All(NotificationTypeCatalog.All.Where(t => t.Digest), t => Assert.True(t.Email));
    }
}
