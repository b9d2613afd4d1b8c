using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Content.Rendering;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Messaging;

/// <summary>
/// What messaging shows: a member's conversations (newest activity first, unread counts, search, keyset paging), one
/// conversation's header and its history loaded upward by keyset on (created_at, id), and the unread badge. Participants
/// only, as <see cref="ConversationService"/>.
/// </summary>
public sealed class ConversationQueries(IDbContextFactory<AppDbContext> contexts, ICurrentUser user, IMarkdownRenderer renderer,
    IOptions<MessagingOptions> options, Storage.PrivateFiles files)
{
    private static readonly DateTimeOffset Latest = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly MessagingOptions _options = options.Value;

    /// <summary>
    /// The caller's conversations in <paramref name="folder"/>, by last activity; <paramref name="search"/> matches a
    /// participant's name or username, the group's name, or a message's text.
    /// </summary>
    public async Task<KeysetPage<ConversationSummary>> ListAsync(ConversationFolder folder = ConversationFolder.Inbox, string? search = null,
        string? cursor = null, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return KeysetPage<ConversationSummary>.Empty;
        var words = (TextInput.Clean(search) ?? "").Trim();
        var pattern = words.Length == 0 ? "" : LikePattern.Containing(words);
        var after = TimeCursor.Decode(cursor) ?? new TimeCursor(Latest, Guid.Empty);
        var folderText = EnumText<ConversationFolder>.ToText(folder);
        var size = _options.ListPageSize;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The page is cut first (the caller's memberships, sorted and limited); only its rows then pay for the other
        // participant's name (a security-definer function, called once per row) and the unread count, which stops counting
        // at the cap the list shows ("99+"), so a long unread conversation costs what a short one does.
        var rows = await db.Database.SqlQuery<SummaryRow>($"""
            WITH page AS (
              SELECT c.id, c.is_group, c.group_name, c.group_avatar_url, c.last_message_at,
                     coalesce(c.last_message_at, cm.created_at) AS sort_at, cm.folder, cm.last_read_at, c.order_id
              FROM conversation_members cm
              JOIN conversations c ON c.id = cm.conversation_id
              WHERE cm.user_id = {me} AND cm.folder = {folderText} AND (c.last_message_at IS NOT NULL OR cm.is_creator)
                AND (coalesce(c.last_message_at, cm.created_at), c.id) < ({after.CreatedAt}, {after.Id})
                AND ({pattern} = '' OR c.group_name ILIKE {pattern}
                     OR EXISTS (SELECT 1 FROM conversation_participants(c.id) p
                                WHERE p.user_id <> {me} AND (p.username ILIKE {pattern} OR p.display_name ILIKE {pattern}))
                     OR EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND NOT m.is_deleted AND m.content ILIKE {pattern}
                                AND NOT coalesce(m.deleted_for, ARRAY[]::uuid[]) @> ARRAY[{me}]))
              ORDER BY sort_at DESC, c.id DESC
              LIMIT {size + 1})
            SELECT page.id, page.is_group, page.group_name, page.group_avatar_url, last.text AS preview, last.created_at AS last_message_at,
                   page.sort_at, page.folder,
                   CASE WHEN page.last_message_at > coalesce(page.last_read_at, '-infinity'::timestamptz) THEN
                     (SELECT count(*)::int FROM (
                        SELECT 1 FROM messages m
                        WHERE m.conversation_id = page.id AND m.sender_id <> {me} AND NOT m.is_deleted
                          AND m.created_at > coalesce(page.last_read_at, '-infinity'::timestamptz)
                          AND NOT coalesce(m.deleted_for, ARRAY[]::uuid[]) @> ARRAY[{me}]
                        ORDER BY m.created_at DESC, m.id DESC
                        LIMIT {ConversationSummary.UnreadCap}) unread)
                   ELSE 0 END AS unread_count,
                   o.username AS other_username, o.display_name AS other_display_name, o.avatar_url AS other_avatar_url,
                   page.order_id, coalesce(svc.title, ord.package_name) AS order_label
            FROM page
            LEFT JOIN LATERAL (SELECT p.username, p.display_name, p.avatar_url FROM conversation_participants(page.id) p
                               WHERE p.user_id <> {me} LIMIT 1) o ON NOT page.is_group
            -- The newest message this member still sees: its words and its time (one deleted for them leaves the list too).
            LEFT JOIN LATERAL (SELECT CASE WHEN m.is_deleted THEN 'Message deleted' ELSE left(coalesce(m.content, ''), {PreviewSourceLength}) END AS text,
                                      m.created_at
                               FROM messages m
                               WHERE m.conversation_id = page.id AND NOT coalesce(m.deleted_for, ARRAY[]::uuid[]) @> ARRAY[{me}]
                               ORDER BY m.created_at DESC, m.id DESC LIMIT 1) last ON true
            LEFT JOIN orders ord ON ord.id = page.order_id
            -- The service as the order's parties see it, paused or deleted too (order_services), not as the market shows it.
            LEFT JOIN LATERAL (SELECT s.title FROM order_services(ARRAY[ord.id]) s WHERE ord.id IS NOT NULL) svc ON true
            ORDER BY page.sort_at DESC, page.id DESC
            """).ToListAsync(cancellationToken);
        var items = rows.Take(size).Select(r => new ConversationSummary(
            r.Id, r.IsGroup,
            r.IsGroup ? r.GroupName ?? "Group" : string.IsNullOrWhiteSpace(r.OtherDisplayName) ? r.OtherUsername ?? "Closed account" : r.OtherDisplayName,
            r.IsGroup ? r.GroupAvatarUrl : r.OtherAvatarUrl, r.OtherUsername,
            Preview(r.Preview), r.LastMessageAt, r.UnreadCount,
            EnumText<ConversationFolder>.FromText(r.Folder), r.OrderId, OrderTitle(r.OrderId, r.OrderLabel))).ToList();
        var next = rows.Count > size ? new TimeCursor(rows[size - 1].SortAt, rows[size - 1].Id).Encode() : null;
        return new KeysetPage<ConversationSummary>(items, next);
    }

    /// <summary>
    /// How much of the newest message the list reads to write its preview: the stored <c>last_message_preview</c> is its
    /// first 100 characters of Markdown, cut wherever they end ("I have a **vocal id"), and knows nothing of messages the
    /// member deleted for themselves; the words a reader sees are cut from the rendered text instead.
    /// </summary>
    private const int PreviewSourceLength = 1000;

    /// <summary>
    /// The newest message the member still has, as its first words read (messages are Markdown); a message of files only
    /// reads "Attachment"; none, null.
    /// </summary>
    private static string? Preview(string? newest) =>
        newest is null ? null : PlainText.Excerpt(newest, Conversation.LastMessagePreviewMaxLength) ?? "Attachment";

    /// <summary>
    /// Conversations with messages from others the member has not read, in the inbox and among the message requests (people
    /// the member does not take messages from), in one query: the app bar counts both, the requests tab its own.
    /// </summary>
    public async Task<UnreadConversations> UnreadCountsAsync(CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return new(0, 0);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.SqlQuery<UnreadConversations>($"""
            SELECT count(*) FILTER (WHERE cm.folder = 'inbox')::int AS inbox, count(*) FILTER (WHERE cm.folder = 'requests')::int AS requests
            FROM conversation_members cm JOIN conversations c ON c.id = cm.conversation_id
            WHERE cm.user_id = {me} AND cm.folder IN ('inbox', 'requests')
              AND c.last_message_at > coalesce(cm.last_read_at, '-infinity'::timestamptz)
              AND EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND m.sender_id <> {me} AND NOT m.is_deleted
                            AND m.created_at > coalesce(cm.last_read_at, '-infinity'::timestamptz))
            """).SingleAsync(cancellationToken);
    }

    /// <summary>Whether the caller takes part in the conversation (the messages page answers 404 otherwise).</summary>
    public async Task<bool> TakesPartAsync(Guid conversationId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return false;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Conversations.TakenPartIn(conversationId, me).AnyAsync(cancellationToken);
    }

    /// <summary>The conversation's header for the caller, or null when the caller does not take part in it.</summary>
    public async Task<ConversationDetail?> DetailAsync(Guid conversationId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var conversation = await db.Conversations.AsNoTracking().TakenPartIn(conversationId, me)
            .Select(c => new { c.Id, c.IsGroup, c.GroupName, c.GroupAvatarUrl }).FirstOrDefaultAsync(cancellationToken);
        if (conversation is null) return null;
        var mine = await db.Database.SqlQuery<MemberRow>(
            $"SELECT folder, is_creator FROM conversation_members WHERE conversation_id = {conversationId} AND user_id = {me}").ToListAsync(cancellationToken);
        var people = await db.Database.SqlQuery<ParticipantRow>(
            $"SELECT user_id, username, display_name, avatar_url FROM conversation_participants({conversationId}) ORDER BY username").ToListAsync(cancellationToken);
        // "Seen": the caller's newest message, once every other participant has read it (is_read for a direct conversation,
        // the read markers of a group). A member who has the group among their requests (or ignored) has not accepted it:
        // their reading tells the sender nothing, as a direct request's does not.
        var seen = await db.Database.SqlQuery<Guid>($"""
            SELECT m.id AS "Value" FROM (
              SELECT id, created_at, is_read FROM messages
              WHERE conversation_id = {conversationId} AND sender_id = {me} AND NOT is_deleted
              ORDER BY created_at DESC, id DESC LIMIT 1) m
            WHERE CASE WHEN {conversation.IsGroup}
                  THEN NOT EXISTS (SELECT 1 FROM conversation_members cm WHERE cm.conversation_id = {conversationId} AND cm.user_id <> {me}
                                   AND (coalesce(cm.last_read_at, '-infinity'::timestamptz) < m.created_at
                                        OR cm.folder IN ('requests', 'ignored')))
                  ELSE m.is_read END
            """).ToListAsync(cancellationToken);
        var participants = people.Select(p => new ConversationParticipant(p.UserId, p.Username, p.DisplayName, p.AvatarUrl)).ToList();
        // A closed account leaves no profile: a direct conversation with no one else in it is with one.
        var closed = !conversation.IsGroup && participants.All(p => p.UserId == me);
        var title = conversation.IsGroup
            ? conversation.GroupName ?? "Group"
            : participants.FirstOrDefault(p => p.UserId != me)?.Name ?? "Closed account";
        var row = mine.FirstOrDefault();
        var blocked = !conversation.IsGroup && await ConversationService.IsBlockedAsync(db, conversationId, cancellationToken);
        List<OrderRow> order = conversation.IsGroup ? [] : await db.Database.SqlQuery<OrderRow>($"""
            SELECT ord.id AS order_id, coalesce(svc.title, ord.package_name) AS order_label
            FROM conversations c JOIN orders ord ON ord.id = c.order_id LEFT JOIN LATERAL (SELECT s.title FROM order_services(ARRAY[ord.id]) s) svc ON true
            WHERE c.id = {conversationId}
            """).ToListAsync(cancellationToken);
        return new ConversationDetail(conversation.Id, conversation.IsGroup, title,
            row is null ? ConversationFolder.Inbox : EnumText<ConversationFolder>.FromText(row.Folder), row?.IsCreator ?? false, participants,
            seen is [var id] ? id : null, blocked, order.FirstOrDefault()?.OrderId, order is [var o] ? OrderTitle(o.OrderId, o.OrderLabel) : null, closed,
            conversation.IsGroup ? conversation.GroupAvatarUrl : null);
    }

    /// <summary>
    /// A page of the conversation's history before <paramref name="cursor"/> (the newest page without one), oldest first.
    /// Messages the caller deleted for themselves are left out. Keyset on the (conversation_id, created_at DESC, id DESC)
    /// index: a page costs the same in a conversation of ten messages or ten thousand.
    /// </summary>
    public async Task<HistoryPage> HistoryAsync(Guid conversationId, string? cursor = null, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return new HistoryPage([], null);
        var before = TimeCursor.Decode(cursor) ?? new TimeCursor(Latest, Guid.Empty);
        var size = _options.HistoryPageSize;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var isParticipant = await db.Conversations.TakenPartIn(conversationId, me).AnyAsync(cancellationToken);
        if (!isParticipant) return new HistoryPage([], null);
        var rows = await db.Database.SqlQuery<MessageRow>($"""
            SELECT m.id, m.sender_id, m.content, m.is_deleted, m.created_at, m.attachment_names, m.link_preview::text AS link_preview, m.edited_at
            FROM messages m
            WHERE m.conversation_id = {conversationId} AND (m.created_at, m.id) < ({before.CreatedAt}, {before.Id})
              AND NOT coalesce(m.deleted_for, ARRAY[]::uuid[]) @> ARRAY[{me}]
            ORDER BY m.created_at DESC, m.id DESC
            LIMIT {size + 1}
            """).ToListAsync(cancellationToken);
        var names = await db.Database.SqlQuery<ParticipantRow>(
            $"SELECT user_id, username, display_name, avatar_url FROM conversation_participants({conversationId})").ToListAsync(cancellationToken);
        var byId = names.ToDictionary(n => n.UserId, n => string.IsNullOrWhiteSpace(n.DisplayName) ? n.Username : n.DisplayName);
        var window = TimeSpan.FromMinutes(_options.EditWindowMinutes);
        var page = rows.Take(size).Reverse().Select(r => new MessageView(
            r.Id, r.SenderId, byId.GetValueOrDefault(r.SenderId, "Former member"), r.SenderId == me,
            r.IsDeleted ? "" : renderer.ToSafeHtml(r.Content), r.IsDeleted ? "" : r.Content ?? "", r.IsDeleted, r.CreatedAt,
            r.SenderId == me && !r.IsDeleted ? r.CreatedAt + window : null,
            r.IsDeleted ? [] : Attachments(r.Id, r.AttachmentNames), r.IsDeleted ? null : MessageLinks.FromJson(r.LinkPreview),
            !r.IsDeleted && r.EditedAt is not null)).ToList();
        var earlier = rows.Count > size ? new TimeCursor(rows[size - 1].CreatedAt, rows[size - 1].Id).Encode() : null;
        return new HistoryPage(page, earlier);
    }

    private sealed record SummaryRow(
        Guid Id, bool IsGroup, string? GroupName, string? GroupAvatarUrl, string? Preview, DateTimeOffset? LastMessageAt, DateTimeOffset SortAt,
        string Folder, int UnreadCount, string? OtherUsername, string? OtherDisplayName, string? OtherAvatarUrl, Guid? OrderId, string? OrderLabel);

    /// <summary>What an order's conversation is about, as its list row and header say it.</summary>
    private static string? OrderTitle(Guid? orderId, string? label) => orderId is null ? null : $"Order: {label ?? "a service"}";

    private sealed record MemberRow(string Folder, bool IsCreator);

    private sealed record OrderRow(Guid OrderId, string? OrderLabel);

    private sealed record ParticipantRow(Guid UserId, string Username, string? DisplayName, string? AvatarUrl);

    private sealed record AttachmentRow(string[]? AttachmentUrls, string[]? AttachmentNames, Guid[]? DeletedFor);

    private sealed record MessageRow(Guid Id, Guid SenderId, string? Content, bool IsDeleted, DateTimeOffset CreatedAt, string[]? AttachmentNames, string? LinkPreview,
        DateTimeOffset? EditedAt);

    /// <summary>
    /// A short-lived private link to attachment <paramref name="index"/> of a message, for a participant who still sees the
    /// message; null otherwise (decision 207).
    /// </summary>
    public async Task<string?> AttachmentLinkAsync(Guid messageId, int index, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me || index < 0) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var message = await db.Database.SqlQuery<AttachmentRow>($"""
            SELECT m.attachment_urls, m.attachment_names, m.deleted_for FROM messages m
            WHERE m.id = {messageId} AND NOT m.is_deleted
              AND EXISTS (SELECT 1 FROM conversations c WHERE c.id = m.conversation_id AND c.participant_ids @> ARRAY[{me}])
            """).FirstOrDefaultAsync(cancellationToken);
        if (message?.AttachmentUrls is not { } keys || index >= keys.Length || (message.DeletedFor ?? []).Contains(me)) return null;
        // Saved under the name it was sent with.
        return await files.LinkAsync(keys[index], message.AttachmentNames?.ElementAtOrDefault(index), cancellationToken);
    }

    private static IReadOnlyList<MessageAttachmentView> Attachments(Guid messageId, string[]? names) =>
        names is null ? [] : [.. names.Select((name, i) => new MessageAttachmentView(name, IsImageName(name), $"/messages/attachments/{messageId}/{i}"))];

    private static bool IsImageName(string name) =>
        Path.GetExtension(name).ToLowerInvariant() is ".jpg" or ".jpeg" or ".png" or ".webp" or ".gif";
}

/// <summary>Unread conversations in the inbox and among the message requests.</summary>
public sealed record UnreadConversations(int Inbox, int Requests)
{
    public int Total => Inbox + Requests;
}
