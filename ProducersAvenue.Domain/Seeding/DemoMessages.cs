using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Seeding;

/// <summary>
/// Conversations in the demo community: direct messages of the demo logins (Lena, member 2; Nova, member 1), a group chat
/// of four, read and unread messages (with their one unread "message" notification each) and a pending message request
/// in Lena's requests. Written as the owner, like the other demo rows, in the shape <c>ConversationService</c> leaves them.
/// </summary>
public static class DemoMessages
{
    private static readonly string[] Lines =
    [
        "Hey! Loved the loop you posted yesterday.",
        "Thanks! It started as a voice memo on the bus.",
        "Would you be up for a collab? I have a **vocal idea** that fits.",
        "Absolutely. Send me the stems when you're ready.",
        "Uploading now. Tempo is 92, key of A minor.",
        "Got them. The bridge needs a lift, I'll try a pad.",
        "Perfect, can't wait to hear it.",
        "Quick question: which compressor do you use on drums?",
        "Mostly the stock one, slow attack, fast release. Keeps the snap.",
    ];

    private sealed record Plan(Guid[] People, string? Group, bool Request, bool LenaUnread, int Messages);

    public static async Task WriteAsync(AppDbContext db, IReadOnlyList<Guid> ids, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var nova = ids[1];
        var lena = ids[2];
        Plan[] plans =
        [
            new([lena, nova], null, false, false, 6),
            new([ids[3], lena], null, false, true, 4),
            new([lena, ids[4]], null, false, false, 5),
            new([ids[5], lena], null, false, true, 3),
            new([lena, ids[6]], null, false, false, 7),
            new([ids[7], lena], null, false, false, 2),
            new([ids[8], lena], null, false, true, 5),
            new([nova, ids[9]], null, false, false, 4),
            new([ids[10], nova], null, false, false, 3),
            new([lena, nova, ids[3], ids[4]], "Late night session", false, true, 8),
            new([ids[11], lena], null, true, true, 1),
        ];
        var line = 0;
        for (var p = 0; p < plans.Length; p++)
        {
            var plan = plans[p];
            var id = Guid.CreateVersion7();
            var start = now.AddHours(-(plans.Length - p) * 5);
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO conversations (id, participant_ids, is_group, group_name, created_at, updated_at)
                VALUES ({id}, {plan.People}, {plan.Group is not null}, {plan.Group}, {start}, {start})
                """, cancellationToken);

            var sent = new List<(Guid Sender, DateTimeOffset At)>();
            for (var m = 0; m < plan.Messages; m++)
            {
                // The request's sender writes alone; elsewhere the people take turns, and Lena's unread ones end with others' words.
                var sender = plan.Request ? plan.People[0] : plan.People[m % plan.People.Length];
                if (plan.LenaUnread && m == plan.Messages - 1 && sender == lena) sender = plan.People.First(x => x != lena);
                var at = start.AddMinutes(m * 7 + 1);
                await db.Database.ExecuteSqlInterpolatedAsync($"""
                    INSERT INTO messages (id, conversation_id, sender_id, content, is_read, read_at, is_deleted, created_at, updated_at)
                    VALUES ({Guid.CreateVersion7()}, {id}, {sender}, {Lines[line++ % Lines.Length]}, false, NULL, false, {at}, {at})
                    """, cancellationToken);
                sent.Add((sender, at));
            }

            var last = sent[^1].At;
            foreach (var person in plan.People)
            {
                var unread = person == lena && plan.LenaUnread;
                // Lena has read up to the message before the last one of an unread conversation; everyone else read everything.
                DateTimeOffset? readAt = unread ? (sent.Count > 1 ? sent[^2].At : null) : last.AddMinutes(1);
                var folder = plan.Request && person == lena ? "requests" : "inbox";
                await db.Database.ExecuteSqlInterpolatedAsync($"""
                    INSERT INTO conversation_members (conversation_id, user_id, folder, is_creator, last_read_at, created_at)
                    VALUES ({id}, {person}, {folder}, {person == plan.People[0]}, {readAt}, {start})
                    """, cancellationToken);
                if (plan.Group is not null || readAt is null) continue;
                await db.Database.ExecuteSqlInterpolatedAsync($"""
                    UPDATE messages SET is_read = true, read_at = {readAt}
                    WHERE conversation_id = {id} AND sender_id <> {person} AND created_at <= {readAt}
                    """, cancellationToken);
            }
            if (plan.LenaUnread)
            {
                var (sender, at) = sent[^1];
                var actor = await db.UserProfiles.Where(u => u.UserId == sender).Select(u => u.Username).SingleAsync(cancellationToken);
                var title = plan.Request ? $"@{actor} wants to send you a message"
                    : plan.Group is { } group ? $"@{actor} in {group}" : $"@{actor} sent you a message";
                await db.Database.ExecuteSqlInterpolatedAsync($"""
                    INSERT INTO notifications (id, user_id, type, title, message, link_url, actor_id, related_id, is_read, created_at)
                    SELECT {Guid.CreateVersion7()}, {lena}, 'message', {title}, left(m.content, 100), {"/messages/" + id}, {sender}, {id}, false, {at}
                    FROM messages m WHERE m.conversation_id = {id} AND m.created_at = {at}
                    """, cancellationToken);
            }
        }
    }
}
