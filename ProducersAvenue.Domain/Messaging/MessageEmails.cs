using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Jobs;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Notifications.Email;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Messaging;

/// <summary>
/// Message emails go to members who have not read (decision 301): a member with another member's message unread for
/// <see cref="MessagingOptions.EmailAfterMinutes"/>, and not emailed about the conversation since they last read it, gets one
/// email naming how many messages wait and the newest — if their "Messages" email preference is on. A member reading the
/// conversation as it arrives reads it first and is not emailed; one away is emailed once for the whole stretch. Taking
/// the members (<c>take_unread_message_emails</c>) and queueing their emails are one unit: a failure emails nobody and
/// takes nothing.
/// </summary>
public sealed class MessageEmails(
    [FromKeyedServices(UnitOfWork.Jobs)] UnitOfWork jobs, NotificationEmails emails, IOptions<MessagingOptions> options, TimeProvider clock)
{
    public const int BatchSize = 100;

    /// <summary>Emails every member whose messages have waited long enough; returns how many members were taken.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var taken = 0;
        while (true)
        {
            var batch = await SendBatchAsync(cancellationToken);
            taken += batch;
            if (batch < BatchSize) return taken;
        }
    }

    private Task<int> SendBatchAsync(CancellationToken cancellationToken) => jobs.RunAsync(async (db, ct) =>
    {
        var now = clock.GetUtcNow();
        var due = now.AddMinutes(-Math.Max(0, options.Value.EmailAfterMinutes));
        var waiting = await db.Database.SqlQuery<Waiting>($"""
            SELECT conversation_id, user_id, folder, is_group, group_name, unread, sender_id, sender_username, content
            FROM take_unread_message_emails({due}, {now}, {BatchSize})
            """).ToListAsync(ct);
        if (waiting.Count == 0) return 0;
        var channels = await NotificationPreferenceService.ChannelsAsync(db, [.. waiting.Select(w => w.UserId)], NotificationType.Message, ct);
        foreach (var w in waiting.Where(w => channels[w.UserId].Email))
            await emails.QueueEventAsync(db, Email(w), ct);
        return waiting.Count;
    }, cancellationToken);

    /// <summary>The email of one member's waiting messages: the words of the bell's notification, counted.</summary>
    private static NotificationRequest Email(Waiting w)
    {
        var sender = $"@{w.SenderUsername ?? "someone"}";
        var title = w.Folder == "requests" ? $"{sender} wants to send you a message"
            : w.IsGroup ? (w.Unread == 1 ? $"{sender} in {w.GroupName ?? "your group"}" : $"{w.Unread} new messages in {w.GroupName ?? "your group"}")
            : w.Unread == 1 ? $"{sender} sent you a message" : $"{sender} sent you {w.Unread} messages";
        var newest = PlainText.Excerpt(w.Content, Conversation.LastMessagePreviewMaxLength) ?? "Sent an attachment";
        return NotificationText.Fitted(new NotificationRequest(w.UserId, NotificationType.Message, title, newest, $"/messages/{w.ConversationId}",
            w.SenderId, w.ConversationId));
    }

    private sealed record Waiting(Guid ConversationId, Guid UserId, string Folder, bool IsGroup, string? GroupName, int Unread,
        Guid SenderId, string? SenderUsername, string? Content);
}

/// <summary>Sends the emails of messages left unread, on the schedule <c>Messaging:EmailCron</c> (every minute; decision 301).</summary>
public sealed class MessageEmailsJob(MessageEmails messageEmails, IOptions<MessagingOptions> options) : IRecurringJob
{
    public string Id => "message-emails";
    public string Cron => options.Value.EmailCron;
    public Task RunAsync(CancellationToken cancellationToken) => messageEmails.SendDueAsync(cancellationToken);
}
