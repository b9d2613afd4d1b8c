using ProducersAvenue.Domain.Content;

namespace ProducersAvenue.Domain.Notifications;

/// <summary>
/// A notification's words fitted to what its row holds (<c>notifications.title</c> 200 characters, <c>message</c> 1,000):
/// the texts carry what members wrote — a revision's reason, a payout's refusal — which their own fields allow longer.
/// Cut as every excerpt is (<see cref="PlainText.Shorten"/>); the whole text stays where it was written.
/// </summary>
public static class NotificationText
{
    public const int TitleMaxLength = 200;
    public const int MessageMaxLength = 1000;

    public static NotificationRequest Fitted(NotificationRequest request) =>
        request with { Title = PlainText.Shorten(request.Title, TitleMaxLength), Message = PlainText.Shorten(request.Message, MessageMaxLength) };
}
