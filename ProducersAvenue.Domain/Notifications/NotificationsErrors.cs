using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Notifications;

/// <summary>Expected failures of notifications (docs/decisions/018: codes <c>notifications.*</c>).</summary>
public static class NotificationsErrors
{
    public static readonly Error UnknownType = new("notifications.unknown_type", "Choose a notification type from the list.", "Type");
    public static readonly Error UnsubscribeLinkInvalid = new("notifications.unsubscribe_link_invalid",
        "This unsubscribe link is not valid: it may be cut short or changed. Open it again from the email, or sign in and change your emails in notification settings.");
    public static readonly Error UnsubscribeLinkExpired = new("notifications.unsubscribe_link_expired",
        "This unsubscribe link has expired. Use the link in a newer email, or sign in and change your emails in notification settings.");
    public static readonly Error AccountGone = new("notifications.account_gone", "The account this link was made for no longer exists, so it gets no emails.");
}
