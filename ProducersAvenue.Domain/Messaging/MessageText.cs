using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Messaging;

/// <summary>The one check of a message's text: no NUL bytes, 1 to <see cref="Message.ContentMaxLength"/> characters after trimming.</summary>
public static class MessageText
{
    public static Result<string> Check(string? text)
    {
        if (text is not null && text.Contains('\0')) return MessagingErrors.InvalidCharacters;
        var clean = (TextInput.Clean(text) ?? "").Trim();
        if (clean.Length == 0) return MessagingErrors.EmptyMessage;
        if (clean.Length > Message.ContentMaxLength) return MessagingErrors.MessageTooLong(Message.ContentMaxLength);
        return clean;
    }
}
