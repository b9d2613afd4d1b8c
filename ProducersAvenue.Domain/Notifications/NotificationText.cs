namespace ProducersAvenue.Domain.Notifications;

/// <summary>
/// A notification's words fitted to what its row holds (<c>notifications.title</c> 200 characters, <c>message</c> 1,000):
/// the texts carry what members wrote — a revision's reason, a payout's refusal — which their own fields allow longer.
/// Cut at a word, with an ellipsis, never inside an emoji; the whole text stays where it was written.
/// </summary>
public static class NotificationText
{
    public const int TitleMaxLength = 200;
    public const int MessageMaxLength = 1000;

    public static NotificationRequest Fitted(NotificationRequest request) =>
        request with { Title = Fit(request.Title, TitleMaxLength), Message = Fit(request.Message, MessageMaxLength) };

    public static string Fit(string text, int maxLength)
    {
        if (text.Length <= maxLength) return text;
        var cut = text[..(maxLength - 1)];
        if (char.IsHighSurrogate(cut[^1])) cut = cut[..^1];
        var space = cut.LastIndexOf(' ');
        if (space > maxLength / 2) cut = cut[..space];
        return cut.TrimEnd() + "…";
    }
}
