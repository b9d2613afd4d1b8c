using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Content.Rendering;
using ProducersAvenue.Domain.Storage;

namespace ProducersAvenue.Domain.Messaging;

/// <summary>
/// The commands of messaging: direct conversations (one per pair), group chats, sending, editing and deleting messages,
/// read markers and the requests folder. Participants only: a conversation the caller does not take part in is "not
/// found" here, and Row Level Security hides it behind (decision 180).
/// </summary>
public sealed class ConversationService(IDbContextFactory<AppDbContext> contexts, UnitOfWork units, ICurrentUser user, INotifier notifier, INotificationBroadcaster bell,
    IMessageBroadcaster broadcaster, TimeProvider clock, IOptions<MessagingOptions> options, ILinkPreviewFetcher linkPreviews, MessageAttachments attachments,
    ImageUploadValidator images, IFileStorage storage)
{
    private readonly MessagingOptions _options = options.Value;

    /// <summary>THE direct conversation of the caller and <paramref name="otherId"/>: the existing one, or a new one (also under concurrent starts).</summary>
    public async Task<Result<Guid>> StartDirectAsync(Guid otherId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        if (me == otherId) return MessagingErrors.CannotMessageSelf;
        return await units.RunAsync<Result<Guid>>(async (db, ct) =>
        {
            // An existing conversation still opens (read-only when a block stands between the two, decision 205).
            if (await FindDirectAsync(db, me, otherId, ct) is { } existing) return existing;
            if (!await MemberExistsAsync(db, otherId, ct)) return MessagingErrors.MemberNotFound;
            if (await Social.Blocks.WithCallerAsync(db, otherId, ct)) return MessagingErrors.BlockedNewConversation;
            if (await StartedRecentlyAsync(db, me, ct) >= _options.NewConversationsPerHour)
                return MessagingErrors.TooManyNewConversations(_options.NewConversationsPerHour);

            var id = Guid.CreateVersion7();
            var now = clock.GetUtcNow();
            Guid[] pair = [me, otherId];
            // Two clicks at once: the second insert waits for the first and then does nothing; both read the same row.
            var inserted = await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO conversations (id, participant_ids, is_group, created_at, updated_at) VALUES ({id}, {pair}, false, {now}, {now})
                ON CONFLICT ((least(participant_ids[1], participant_ids[2])), (greatest(participant_ids[1], participant_ids[2]))) WHERE NOT is_group AND order_id IS NULL
                DO NOTHING
                """, ct);
            if (inserted == 0) return await FindDirectAsync(db, me, otherId, ct) ?? throw new InvalidOperationException("The direct conversation vanished.");
            await AddMemberRowAsync(db, id, me, ConversationFolder.Inbox, isCreator: true, readAt: now, ct);
            await AddMemberRowAsync(db, id, otherId, await FolderForAsync(db, otherId, ct), isCreator: false, readAt: null, ct);
            return id;
        }, cancellationToken);
    }

    /// <summary>As <see cref="StartDirectAsync(Guid, CancellationToken)"/>, the other member given by username ("@ana" or "ana"): the messages page's "New message".</summary>
    public async Task<Result<Guid>> StartDirectAsync(string? username, CancellationToken cancellationToken = default)
    {
        if (user.UserId is null) return Error.SignInRequired;
        var name = UsernameRules.Normalize((TextInput.Clean(username) ?? "").Trim().TrimStart('@'));
        if (name.Length == 0) return MessagingErrors.UsernameRequired;
        var id = await ResolveAsync([name], cancellationToken);
        return id.Succeeded ? await StartDirectAsync(id.Value![0], cancellationToken) : Result<Guid>.Fail(id.Errors);
    }

    /// <summary>
    /// THE conversation of service order <paramref name="orderId"/> between its buyer and seller (decision 202): the existing
    /// one, or a new one in both parties' inboxes (an order is a reason to talk, whatever their message settings say).
    /// Only a party of the order may start it; concurrent starts meet at the unique index.
    /// </summary>
    public async Task<Result<Guid>> StartForOrderAsync(Guid orderId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        return await units.RunAsync<Result<Guid>>(async (db, ct) =>
        {
            var parties = await db.Database.SqlQuery<OrderParties>(
                $"SELECT buyer_id, seller_id FROM orders WHERE id = {orderId}").ToListAsync(ct);
            if (parties is not [var order] || (order.BuyerId != me && order.SellerId != me)) return MessagingErrors.OrderNotFound;
            if (await FindForOrderAsync(db, orderId, ct) is { } existing) return existing;

            var id = Guid.CreateVersion7();
            var now = clock.GetUtcNow();
            Guid[] pair = [order.BuyerId, order.SellerId];
            var inserted = await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO conversations (id, participant_ids, is_group, order_id, created_at, updated_at)
                VALUES ({id}, {pair}, false, {orderId}, {now}, {now})
                ON CONFLICT (order_id) WHERE order_id IS NOT NULL DO NOTHING
                """, ct);
            if (inserted == 0) return await FindForOrderAsync(db, orderId, ct) ?? throw new InvalidOperationException("The order's conversation vanished.");
            var other = order.BuyerId == me ? order.SellerId : order.BuyerId;
            // Started when the order page opens: it stays out of both lists until its first message (not the creator's own).
            await AddMemberRowAsync(db, id, me, ConversationFolder.Inbox, isCreator: false, readAt: now, ct);
            await AddMemberRowAsync(db, id, other, ConversationFolder.Inbox, isCreator: false, readAt: null, ct);
            return id;
        }, cancellationToken);
    }

    /// <summary>A group chat named <paramref name="name"/> of the caller and <paramref name="memberIds"/>; the caller is its creator.</summary>
    public async Task<Result<Guid>> CreateGroupAsync(string? name, IReadOnlyCollection<Guid> memberIds, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        var groupName = GroupName(name, out var nameError);
        var members = memberIds.Where(m => m != me).Distinct().ToList();
        var errors = new List<Error>();
        if (nameError is not null) errors.Add(nameError);
        if (members.Count + 1 < _options.GroupMinMembers || members.Count + 1 > _options.GroupMaxMembers)
            errors.Add(MessagingErrors.GroupSize(_options.GroupMinMembers, _options.GroupMaxMembers));
        if (errors.Count > 0) return Result<Guid>.Fail(errors);

        return await units.RunAsync<Result<Guid>>(async (db, ct) =>
        {
            var ids = members.ToArray();
            var existing = await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM unnest({ids}) AS u(id) WHERE member_exists(u.id)").SingleAsync(ct);
            if (existing != members.Count) return MessagingErrors.MemberNotFound;
            if (await AnyBlockPartnerAsync(db, ids, ct)) return MessagingErrors.BlockedMember;
            if (await StartedRecentlyAsync(db, me, ct) >= _options.NewConversationsPerHour)
                return MessagingErrors.TooManyNewConversations(_options.NewConversationsPerHour);

            var id = Guid.CreateVersion7();
            var now = clock.GetUtcNow();
            Guid[] participants = [me, .. members];
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO conversations (id, participant_ids, is_group, group_name, created_at, updated_at)
                VALUES ({id}, {participants}, true, {groupName}, {now}, {now})
                """, ct);
            await AddMemberRowAsync(db, id, me, ConversationFolder.Inbox, isCreator: true, readAt: now, ct);
            foreach (var member in members)
                await AddMemberRowAsync(db, id, member, await FolderForAsync(db, member, ct), isCreator: false, readAt: null, ct);
            return id;
        }, cancellationToken);
    }

    /// <summary>As <see cref="CreateGroupAsync(string?, IReadOnlyCollection{Guid}, CancellationToken)"/>, the members given by username ("@ana, bob").</summary>
    public async Task<Result<Guid>> CreateGroupAsync(string? name, string? usernames, CancellationToken cancellationToken = default)
    {
        if (user.UserId is null) return Error.SignInRequired;
        var names = (TextInput.Clean(usernames) ?? "").Split([',', ' ', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(n => UsernameRules.Normalize(n.TrimStart('@'))).Where(n => n.Length > 0).Distinct().ToList();
        if (names.Count > _options.GroupMaxMembers) return MessagingErrors.GroupSize(_options.GroupMinMembers, _options.GroupMaxMembers);
        var ids = await ResolveAsync(names, cancellationToken);
        if (!ids.Succeeded) return Result<Guid>.Fail(ids.Errors);
        return await CreateGroupAsync(name, ids.Value!, cancellationToken);
    }

    /// <summary>The group's creator adds <paramref name="memberId"/> (up to the group's size limit).</summary>
    public async Task<Result> AddMemberAsync(Guid conversationId, Guid memberId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        return await units.RunAsync<Result>(async (db, ct) =>
        {
            var group = await ManagedGroupAsync(db, conversationId, me, ct);
            if (!group.Succeeded) return group;
            var participants = group.Value!.ParticipantIds;
            if (participants.Contains(memberId)) return MessagingErrors.AlreadyMember;
            if (participants.Length + 1 > _options.GroupMaxMembers) return MessagingErrors.GroupSize(_options.GroupMinMembers, _options.GroupMaxMembers);
            if (!await MemberExistsAsync(db, memberId, ct)) return MessagingErrors.MemberNotFound;
            if (await AnyBlockPartnerAsync(db, [memberId], ct)) return MessagingErrors.BlockedMember;
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE conversations SET participant_ids = array_append(participant_ids, {memberId}) WHERE id = {conversationId}", ct);
            await AddMemberRowAsync(db, conversationId, memberId, await FolderForAsync(db, memberId, ct), isCreator: false, readAt: null, ct);
            Publish(MessageEventKind.Changed, conversationId, [.. participants, memberId], me);
            return Result.Success();
        }, cancellationToken);
    }

    /// <summary>As <see cref="AddMemberAsync(Guid, Guid, CancellationToken)"/>, the member given by username.</summary>
    public async Task<Result> AddMemberAsync(Guid conversationId, string? username, CancellationToken cancellationToken = default)
    {
        if (user.UserId is null) return Error.SignInRequired;
        var name = UsernameRules.Normalize(TextInput.Clean(username)?.TrimStart().TrimStart('@'));
        if (name.Length == 0) return MessagingErrors.MemberNotFound;
        var ids = await ResolveAsync([name], cancellationToken);
        if (!ids.Succeeded) return Result.Failure(ids.Errors);
        return await AddMemberAsync(conversationId, ids.Value![0], cancellationToken);
    }

    /// <summary>
    /// The group's creator removes <paramref name="memberId"/>, never below <see cref="MessagingOptions.GroupMinMembers"/>
    /// (the creator leaves with <see cref="LeaveAsync"/>, which is always allowed).
    /// </summary>
    public async Task<Result> RemoveMemberAsync(Guid conversationId, Guid memberId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        if (memberId == me) return await LeaveAsync(conversationId, cancellationToken);
        return await units.RunAsync<Result>(async (db, ct) =>
        {
            var group = await ManagedGroupAsync(db, conversationId, me, ct);
            if (!group.Succeeded) return group;
            var participants = group.Value!.ParticipantIds;
            if (!participants.Contains(memberId)) return MessagingErrors.MemberNotFound;
            if (!_options.GroupMayLoseMember(participants.Length)) return MessagingErrors.GroupAtMinimum(_options.GroupMinMembers);
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE conversations SET participant_ids = array_remove(participant_ids, {memberId}) WHERE id = {conversationId}", ct);
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"DELETE FROM conversation_members WHERE conversation_id = {conversationId} AND user_id = {memberId}", ct);
            Publish(MessageEventKind.Changed, conversationId, participants, me);
            return Result.Success();
        }, cancellationToken);
    }

    /// <summary>The group's creator renames it (1 to <see cref="Conversation.GroupNameMaxLength"/> characters); every open view hears of it.</summary>
    public async Task<Result> RenameGroupAsync(Guid conversationId, string? name, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        var groupName = GroupName(name, out var nameError);
        if (nameError is not null) return nameError;
        return await units.RunAsync<Result>(async (db, ct) =>
        {
            var group = await ManagedGroupAsync(db, conversationId, me, ct);
            if (!group.Succeeded) return group;
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE conversations SET group_name = {groupName}, updated_at = {clock.GetUtcNow()} WHERE id = {conversationId}", ct);
            Publish(MessageEventKind.Changed, conversationId, group.Value!.ParticipantIds, me);
            return Result.Success();
        }, cancellationToken);
    }

    /// <summary>The field of the group picture in the members panel (errors of <see cref="SetGroupAvatarAsync"/> name it).</summary>
    public const string GroupAvatarField = "GroupAvatar";

    /// <summary>
    /// The group's creator sets or replaces its picture: the upload goes through the site's one image path (an avatar's byte
    /// limit, decoded and encoded anew by <see cref="ImageReencoder"/>, decision 050), the stored copy becomes the group's
    /// avatar, the previous file is deleted, and every open view hears of it. Returns the picture's address.
    /// </summary>
    public async Task<Result<string>> SetGroupAvatarAsync(Guid conversationId, Stream content, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        // Asked before the upload is read: only the creator's file is decoded and stored.
        var allowed = await units.RunAsync((db, ct) => ManagedGroupAsync(db, conversationId, me, ct), cancellationToken);
        if (!allowed.Succeeded) return Result<string>.Fail(allowed.Errors);
        var validated = await images.ValidateAsync(ImageKind.Avatar, content, GroupAvatarField, cancellationToken);
        if (validated.Value is not { } image) return Result<string>.Fail(validated.Errors);

        StoredFile stored;
        using (var bytes = new MemoryStream(image.Content, writable: false))
            stored = await storage.SaveAsync("group-avatars", image.Format.Extension, image.Format.ContentType, bytes, cancellationToken);
        var swapped = await SwapGroupAvatarAsync(conversationId, me, stored.Url, cancellationToken);
        if (!swapped.Succeeded)
        {
            await storage.DeleteAsync(stored.Key, cancellationToken);
            return Result<string>.Fail(swapped.Errors);
        }
        if (storage.KeyFromUrl(swapped.Value) is { } oldKey) await storage.DeleteAsync(oldKey, cancellationToken);
        return stored.Url;
    }

    /// <summary>The group's creator removes its picture (the list and the header show the group's mark again).</summary>
    public async Task<Result> RemoveGroupAvatarAsync(Guid conversationId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        var swapped = await SwapGroupAvatarAsync(conversationId, me, null, cancellationToken);
        if (!swapped.Succeeded) return Result.Failure(swapped.Errors);
        if (storage.KeyFromUrl(swapped.Value) is { } oldKey) await storage.DeleteAsync(oldKey, cancellationToken);
        return Result.Success();
    }

    /// <summary>Points the creator's group at <paramref name="url"/>; the previous picture's address, for its file to go.</summary>
    private Task<Result<string?>> SwapGroupAvatarAsync(Guid conversationId, Guid me, string? url, CancellationToken cancellationToken) =>
        units.RunAsync<Result<string?>>(async (db, ct) =>
        {
            var group = await ManagedGroupAsync(db, conversationId, me, ct);
            if (!group.Succeeded) return Result<string?>.Fail(group.Errors);
            var previous = await db.Conversations.AsNoTracking().Where(c => c.Id == conversationId).Select(c => c.GroupAvatarUrl).SingleAsync(ct);
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE conversations SET group_avatar_url = {url}, updated_at = {clock.GetUtcNow()} WHERE id = {conversationId}", ct);
            Publish(MessageEventKind.Changed, conversationId, group.Value!.ParticipantIds, me);
            return Result.Success(previous);
        }, cancellationToken);

    /// <summary>A group's name as typed, cleaned and trimmed, and what is wrong with it (at the <c>Name</c> field).</summary>
    private static string GroupName(string? typed, out Error? error)
    {
        var name = (TextInput.Clean(typed) ?? "").Trim();
        error = name.Length == 0 ? MessagingErrors.GroupNameRequired
            : name.Length > Conversation.GroupNameMaxLength ? MessagingErrors.GroupNameTooLong(Conversation.GroupNameMaxLength)
            : null;
        return name;
    }

    /// <summary>The caller leaves a group chat.</summary>
    public async Task<Result> LeaveAsync(Guid conversationId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        return await units.RunAsync<Result>(async (db, ct) =>
        {
            if (await ParticipantsOfAsync(db, conversationId, me, ct) is not { } conversation) return MessagingErrors.ConversationNotFound;
            if (!conversation.IsGroup) return MessagingErrors.NotAGroup;
            var left = await db.Database.SqlQuery<bool>($"SELECT leave_conversation({conversationId}) AS \"Value\"").SingleAsync(ct);
            if (!left) return MessagingErrors.ConversationNotFound;
            Publish(MessageEventKind.Changed, conversationId, conversation.ParticipantIds, me);
            return Result.Success();
        }, cancellationToken);
    }

    /// <summary>Sends <paramref name="text"/> (Markdown, 1 to 5,000 characters after trimming) to a conversation the caller takes part in.</summary>
    public Task<Result<Guid>> SendAsync(Guid conversationId, string? text, CancellationToken cancellationToken = default) =>
        SendAsync(conversationId, text, [], cancellationToken);

    /// <summary>
    /// As <see cref="SendAsync(Guid, string?, CancellationToken)"/>, with files the caller uploaded through
    /// <see cref="MessageAttachments"/> (then the text may be empty). The first link's preview is fetched before the unit
    /// of work (decision 208), once the caller is known to be allowed to send.
    /// </summary>
    public async Task<Result<Guid>> SendAsync(Guid conversationId, string? text, IReadOnlyList<MessageAttachment> files,
        CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        var content = files.Count > 0 && text?.Contains('\0') != true && string.IsNullOrWhiteSpace(TextInput.Clean(text))
            ? Result.Success("")
            : MessageText.Check(text);
        if (!content.Succeeded) return Result<Guid>.Fail(content.Errors);
        if (files.Count > _options.AttachmentsPerMessage) return MessagingErrors.TooManyAttachments(_options.AttachmentsPerMessage);
        if (!await attachments.AreOwnUploadsAsync(files, cancellationToken)) return MessagingErrors.AttachmentInvalid;
        string[]? keys = files.Count == 0 ? null : [.. files.Select(f => f.Key)];
        string[]? names = files.Count == 0 ? null : [.. files.Select(f => f.Name)];
        string? preview = null;
        if (MessageLinks.FirstUrl(content.Value) is { } url)
        {
            // Asked before the fetch as well: a send that would be refused costs no request to another site.
            var (_, refused) = await units.RunAsync((db, ct) => MaySendAsync(db, conversationId, me, ct), cancellationToken);
            if (refused is not null) return refused;
            if (await linkPreviews.FetchAsync(url, cancellationToken) is { } fetched) preview = MessageLinks.ToJson(fetched);
        }
        return await units.RunAsync<Result<Guid>>(async (db, ct) =>
        {
            var (conversation, refused) = await MaySendAsync(db, conversationId, me, ct);
            if (conversation is null) return refused!;

            var now = clock.GetUtcNow();
            var id = Guid.CreateVersion7();
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO messages (id, conversation_id, sender_id, content, attachment_urls, attachment_names, link_preview, is_read, is_deleted, created_at, updated_at)
                VALUES ({id}, {conversationId}, {me}, {content.Value}, {keys}::text[], {names}::text[], {preview}::jsonb, false, false, {now}, {now})
                """, ct);
            // Writing in a conversation reads it, and answering a request accepts it. Writing in one the member ignored brings
            // it back too: the profile's Message button reopens that same conversation, and left ignored it sat in no folder
            // the member can open while the other's replies notified nobody. (A block also moves requests to 'ignored'
            // (decision 205), but a blocked pair cannot send, so this never undoes a block.)
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                UPDATE conversation_members SET last_read_at = {now}, folder = CASE WHEN folder IN ('requests', 'ignored') THEN 'inbox' ELSE folder END
                WHERE conversation_id = {conversationId} AND user_id = {me}
                """, ct);
            await NotifyAsync(db, conversation, me, content.Value is { Length: > 0 } said ? said : $"Sent {files[0].Name}", ct);
            Publish(MessageEventKind.Sent, conversationId, conversation.ParticipantIds, me, id);
            return id;
        }, cancellationToken);
    }

    /// <summary>The sender changes a message's text within the edit window.</summary>
    public async Task<Result> EditAsync(Guid messageId, string? text, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        var content = MessageText.Check(text);
        if (!content.Succeeded) return Result.Failure(content.Errors);
        return await units.RunAsync<Result>(async (db, ct) =>
        {
            var message = await OwnChangeableAsync(db, messageId, me, editing: true, ct);
            if (!message.Succeeded) return message;
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE messages SET content = {content.Value}, edited_at = {clock.GetUtcNow()} WHERE id = {messageId}", ct);
            Publish(MessageEventKind.Edited, message.Value!.Id, message.Value!.ParticipantIds, me, messageId);
            return Result.Success();
        }, cancellationToken);
    }

    /// <summary>The sender deletes a message for everyone within the edit window: its text leaves the database, a placeholder stays.</summary>
    public async Task<Result> DeleteForEveryoneAsync(Guid messageId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        return await units.RunAsync<Result>(async (db, ct) =>
        {
            var message = await OwnChangeableAsync(db, messageId, me, editing: false, ct);
            if (!message.Succeeded) return message;
            await db.Messages.Where(m => m.Id == messageId)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.IsDeleted, true).SetProperty(m => m.Content, ""), ct);
            Publish(MessageEventKind.Deleted, message.Value!.Id, message.Value!.ParticipantIds, me, messageId);
            return Result.Success();
        }, cancellationToken);
    }

    /// <summary>Hides a message (anyone's) from the caller's own view of the conversation, at any time.</summary>
    public async Task<Result> DeleteForMeAsync(Guid messageId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        return await units.RunAsync<Result>(async (db, ct) =>
        {
            var changed = await db.Database.SqlQuery<Guid>($"""
                UPDATE messages m SET deleted_for = array_append(coalesce(m.deleted_for, ARRAY[]::uuid[]), {me})
                FROM conversations c
                WHERE m.id = {messageId} AND c.id = m.conversation_id AND c.participant_ids @> ARRAY[{me}]
                  AND NOT coalesce(m.deleted_for, ARRAY[]::uuid[]) @> ARRAY[{me}]
                RETURNING m.conversation_id AS "Value"
                """).ToListAsync(ct);
            if (changed is [var conversationId])
            {
                // Told to this member alone: their list's preview and their other tabs of the conversation follow.
                Publish(MessageEventKind.Deleted, conversationId, [me], me, messageId);
                return Result.Success();
            }
            if (!await db.Messages.AnyAsync(m => m.Id == messageId, ct)) return MessagingErrors.MessageNotFound;
            return Result.Success();
        }, cancellationToken);
    }

    /// <summary>
    /// The caller has read the conversation: the other's messages of a direct conversation are marked read
    /// (<c>is_read</c>, <c>read_at</c>: the sender's "Seen") unless it is a request not accepted, the caller's read marker
    /// moves, and the caller's message notification of it is read.
    /// </summary>
    public async Task<Result> MarkReadAsync(Guid conversationId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        return await units.RunAsync<Result>(async (db, ct) =>
        {
            if (await ParticipantsOfAsync(db, conversationId, me, ct) is not { } conversation) return MessagingErrors.ConversationNotFound;
            var now = clock.GetUtcNow();
            var marker = await db.Database.ExecuteSqlInterpolatedAsync($"""
                UPDATE conversation_members cm SET last_read_at = {now}
                WHERE cm.conversation_id = {conversationId} AND cm.user_id = {me}
                  AND EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = {conversationId} AND m.sender_id <> {me}
                              AND m.created_at > coalesce(cm.last_read_at, '-infinity'::timestamptz))
                """, ct);
            // A message request read before it is accepted sends no receipt: its page promises that the sender is not told.
            var receipts = conversation.IsGroup ? 0 : await db.Database.ExecuteSqlInterpolatedAsync($"""
                UPDATE messages SET is_read = true, read_at = {now}
                WHERE conversation_id = {conversationId} AND sender_id <> {me} AND NOT is_read
                  AND EXISTS (SELECT 1 FROM conversation_members cm WHERE cm.conversation_id = {conversationId} AND cm.user_id = {me}
                              AND cm.folder NOT IN ('requests', 'ignored'))
                """, ct);
            var notes = await db.Database.ExecuteSqlInterpolatedAsync($"""
                UPDATE notifications SET is_read = true, read_at = {now}
                WHERE user_id = {me} AND type = 'message' AND related_id = {conversationId} AND NOT is_read
                """, ct);
            if (notes > 0) UnitOfWork.AfterCommit(() => bell.Publish(me));
            if (marker > 0 || receipts > 0) Publish(MessageEventKind.Read, conversationId, conversation.ParticipantIds, me);
            return Result.Success();
        }, cancellationToken);
    }

    /// <summary>Moves a request to the inbox.</summary>
    public Task<Result> AcceptAsync(Guid conversationId, CancellationToken cancellationToken = default) =>
        MoveAsync(conversationId, ConversationFolder.Inbox, cancellationToken);

    /// <summary>Hides a request; the sender is not told.</summary>
    public Task<Result> IgnoreAsync(Guid conversationId, CancellationToken cancellationToken = default) =>
        MoveAsync(conversationId, ConversationFolder.Ignored, cancellationToken);

    /// <summary>
    /// Tells the other participants' open views that the caller is typing (nothing is stored) — not while the conversation
    /// is a request the caller has not accepted: like "Seen", typing would tell the sender the request was opened.
    /// </summary>
    public async Task<Result> TypingAsync(Guid conversationId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        return await units.RunAsync<Result>(async (db, ct) =>
        {
            if (await ParticipantsOfAsync(db, conversationId, me, ct) is not { } conversation) return MessagingErrors.ConversationNotFound;
            var unaccepted = await db.Database.SqlQuery<bool>($"""
                SELECT EXISTS (SELECT 1 FROM conversation_members WHERE conversation_id = {conversationId} AND user_id = {me}
                               AND folder IN ('requests', 'ignored')) AS "Value"
                """).SingleAsync(ct);
            if (!unaccepted) Publish(MessageEventKind.Typing, conversationId, conversation.ParticipantIds, me);
            return Result.Success();
        }, cancellationToken);
    }

    private async Task<Result> MoveAsync(Guid conversationId, ConversationFolder folder, CancellationToken cancellationToken)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        var text = EnumText<ConversationFolder>.ToText(folder);
        return await units.RunAsync<Result>(async (db, ct) =>
        {
            var moved = await db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE conversation_members SET folder = {text} WHERE conversation_id = {conversationId} AND user_id = {me}", ct);
            if (moved == 0) return MessagingErrors.ConversationNotFound;
            UnitOfWork.AfterCommit(() => broadcaster.Publish(new MessageEvent(MessageEventKind.Changed, conversationId, [me], me)));
            // Accepted: what the member read while it was a request now counts as seen — a direct conversation's messages up
            // to the member's read marker get their receipts (a group's "Seen" reads the folders) — so the others' open
            // views read their "Seen" again.
            if (folder == ConversationFolder.Inbox && await ParticipantsOfAsync(db, conversationId, me, ct) is { } conversation)
            {
                if (!conversation.IsGroup)
                    await db.Database.ExecuteSqlInterpolatedAsync($"""
                        UPDATE messages m SET is_read = true, read_at = {clock.GetUtcNow()}
                        FROM conversation_members cm
                        WHERE m.conversation_id = {conversationId} AND m.sender_id <> {me} AND NOT m.is_read
                          AND cm.conversation_id = {conversationId} AND cm.user_id = {me} AND m.created_at <= cm.last_read_at
                        """, ct);
                Publish(MessageEventKind.Read, conversationId, conversation.ParticipantIds, me);
            }
            return Result.Success();
        }, cancellationToken);
    }

    /// <summary>One unread "message" notification per conversation and recipient is enough; an ignored request notifies nobody.</summary>
    private async Task NotifyAsync(AppDbContext db, ConversationRef conversation, Guid me, string content, CancellationToken ct)
    {
        var actor = await db.UserProfiles.Where(p => p.UserId == me).Select(p => p.Username).FirstOrDefaultAsync(ct) ?? "someone";
        var members = await db.Database.SqlQuery<MemberFolderRow>(
            $"SELECT user_id, folder FROM conversation_members WHERE conversation_id = {conversation.Id} AND user_id <> {me}").ToListAsync(ct);
        var preview = PlainText.Excerpt(content, Conversation.LastMessagePreviewMaxLength) ?? "Sent an attachment";
        var requests = new List<NotificationRequest>();
        foreach (var member in members.Where(m => m.Folder != "ignored"))
        {
            var pending = await db.Database.SqlQuery<bool>(
                $"SELECT message_notification_pending({member.UserId}, {conversation.Id}) AS \"Value\"").SingleAsync(ct);
            if (pending) continue;
            var title = member.Folder == "requests" ? $"@{actor} wants to send you a message"
                : conversation.GroupName is { } group ? $"@{actor} in {group}" : $"@{actor} sent you a message";
            requests.Add(new NotificationRequest(member.UserId, NotificationType.Message, title, preview, $"/messages/{conversation.Id}", me, conversation.Id));
        }
        if (requests.Count > 0) await notifier.NotifyManyAsync(requests, ct);
    }

    /// <summary>
    /// The caller's own message, not deleted and inside the edit window. A block closes a direct conversation to new words,
    /// so an edit is refused there; taking a message back (<paramref name="editing"/> false) is not.
    /// </summary>
    private async Task<Result<ConversationRef>> OwnChangeableAsync(AppDbContext db, Guid messageId, Guid me, bool editing, CancellationToken ct)
    {
        var message = await db.Messages.AsNoTracking().Where(m => m.Id == messageId)
            .Select(m => new { m.ConversationId, m.SenderId, m.IsDeleted, m.CreatedAt }).FirstOrDefaultAsync(ct);
        if (message is null || await ParticipantsOfAsync(db, message.ConversationId, me, ct) is not { } conversation) return MessagingErrors.MessageNotFound;
        if (message.SenderId != me) return MessagingErrors.NotYourMessage;
        if (message.IsDeleted) return MessagingErrors.MessageDeleted;
        if (editing && !conversation.IsGroup && await IsBlockedAsync(db, conversation.Id, ct)) return MessagingErrors.Blocked;
        if (clock.GetUtcNow() - message.CreatedAt > TimeSpan.FromMinutes(_options.EditWindowMinutes))
            return MessagingErrors.EditWindowClosed(_options.EditWindowMinutes);
        return conversation;
    }

    /// <summary>
    /// The group the caller created, its row locked for the unit of work so that two changes at once (a double click) both
    /// see the other's count against the size limits.
    /// </summary>
    private async Task<Result<ConversationRef>> ManagedGroupAsync(AppDbContext db, Guid conversationId, Guid me, CancellationToken ct)
    {
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM conversations WHERE id = {conversationId} FOR UPDATE", ct);
        if (await ParticipantsOfAsync(db, conversationId, me, ct) is not { } conversation) return MessagingErrors.ConversationNotFound;
        if (!conversation.IsGroup) return MessagingErrors.NotAGroup;
        var creator = await db.Database.SqlQuery<bool>(
            $"SELECT is_creator AS \"Value\" FROM conversation_members WHERE conversation_id = {conversationId} AND user_id = {me}").ToListAsync(ct);
        if (creator is not [true]) return MessagingErrors.OnlyCreatorManagesMembers;
        return conversation;
    }

    /// <summary>The conversation when the caller takes part in it (checked here, and by Row Level Security behind).</summary>
    /// <summary>Whether the other member of a direct conversation closed their account (no profile is left of it).</summary>
    private static Task<bool> IsClosedAsync(AppDbContext db, Guid conversationId, Guid me, CancellationToken ct) =>
        db.Database.SqlQuery<bool>($"""
            SELECT NOT EXISTS (SELECT 1 FROM conversation_participants({conversationId}) p WHERE p.user_id <> {me}) AS "Value"
            """).SingleAsync(ct);

    /// <summary>
    /// The conversation <paramref name="me"/> may write in now, or why not: not a participant, a block or a closed account
    /// in a direct conversation, or past <see cref="MessagingOptions.MessagesPerMinute"/>.
    /// </summary>
    private async Task<(ConversationRef? Conversation, Error? Refused)> MaySendAsync(AppDbContext db, Guid conversationId, Guid me, CancellationToken ct)
    {
        if (await ParticipantsOfAsync(db, conversationId, me, ct) is not { } conversation) return (null, MessagingErrors.ConversationNotFound);
        if (!conversation.IsGroup && await IsBlockedAsync(db, conversationId, ct)) return (null, MessagingErrors.Blocked);
        if (!conversation.IsGroup && await IsClosedAsync(db, conversationId, me, ct)) return (null, MessagingErrors.AccountClosed);
        var since = clock.GetUtcNow().AddMinutes(-1);
        var recent = await db.Messages.CountAsync(m => m.SenderId == me && m.CreatedAt > since, ct);
        if (recent >= _options.MessagesPerMinute) return (null, MessagingErrors.SendingTooFast(_options.MessagesPerMinute));
        return (conversation, null);
    }

    private static async Task<ConversationRef?> ParticipantsOfAsync(AppDbContext db, Guid conversationId, Guid me, CancellationToken ct) =>
        await db.Conversations.AsNoTracking().TakenPartIn(conversationId, me)
            .Select(c => new ConversationRef(c.Id, c.IsGroup, c.GroupName, c.ParticipantIds)).FirstOrDefaultAsync(ct);

    private static async Task<Guid?> FindDirectAsync(AppDbContext db, Guid me, Guid other, CancellationToken ct)
    {
        var ids = await db.Database.SqlQuery<Guid>($"""
            SELECT id AS "Value" FROM conversations
            WHERE NOT is_group AND order_id IS NULL AND least(participant_ids[1], participant_ids[2]) = least({me}::uuid, {other}::uuid)
              AND greatest(participant_ids[1], participant_ids[2]) = greatest({me}::uuid, {other}::uuid)
            """).ToListAsync(ct);
        return ids is [var id] ? id : null;
    }

    private static async Task<Guid?> FindForOrderAsync(AppDbContext db, Guid orderId, CancellationToken ct)
    {
        var ids = await db.Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM conversations WHERE order_id = {orderId}").ToListAsync(ct);
        return ids is [var id] ? id : null;
    }

    /// <summary>The members' ids by username, or the first unknown one's error.</summary>
    private async Task<Result<IReadOnlyList<Guid>>> ResolveAsync(IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var ids = new List<Guid>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var name in names)
        {
            var id = await db.Database.SqlQuery<Guid?>($"SELECT account_user_id_by_username({name}) AS \"Value\"").SingleAsync(cancellationToken);
            if (id is null) return MessagingErrors.UnknownMember(name);
            ids.Add(id.Value);
        }
        return Result.Success<IReadOnlyList<Guid>>(ids);
    }

    /// <summary>Whether the caller's direct conversation is with a block partner: it takes no new messages or changes (decision 205).</summary>
    internal static async Task<bool> IsBlockedAsync(AppDbContext db, Guid conversationId, CancellationToken ct) =>
        await db.Database.SqlQuery<bool>($"SELECT app_conversation_blocked({conversationId}) AS \"Value\"").SingleAsync(ct);

    private static async Task<bool> AnyBlockPartnerAsync(AppDbContext db, Guid[] memberIds, CancellationToken ct) =>
        await db.Database.SqlQuery<bool>($"SELECT EXISTS (SELECT 1 FROM unnest({memberIds}) AS u(id) WHERE app_blocked_with(u.id)) AS \"Value\"").SingleAsync(ct);

    private static async Task<bool> MemberExistsAsync(AppDbContext db, Guid userId, CancellationToken ct) =>
        await db.Database.SqlQuery<bool>($"SELECT member_exists({userId}) AS \"Value\"").SingleAsync(ct);

    /// <summary>Inbox when <paramref name="recipient"/> takes the caller's messages (<see cref="MessagePrivacy"/>), requests otherwise.</summary>
    private static async Task<ConversationFolder> FolderForAsync(AppDbContext db, Guid recipient, CancellationToken ct) =>
        await db.Database.SqlQuery<bool>($"SELECT messaging_accepts({recipient}) AS \"Value\"").SingleAsync(ct)
            ? ConversationFolder.Inbox : ConversationFolder.Requests;

    private async Task<int> StartedRecentlyAsync(AppDbContext db, Guid me, CancellationToken ct)
    {
        var since = clock.GetUtcNow().AddHours(-1);
        return await db.Database.SqlQuery<int>(
            $"SELECT count(*)::int AS \"Value\" FROM conversation_members WHERE user_id = {me} AND is_creator AND created_at > {since}").SingleAsync(ct);
    }

    private async Task AddMemberRowAsync(AppDbContext db, Guid conversationId, Guid userId, ConversationFolder folder, bool isCreator,
        DateTimeOffset? readAt, CancellationToken ct)
    {
        var text = EnumText<ConversationFolder>.ToText(folder);
        var now = clock.GetUtcNow();
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO conversation_members (conversation_id, user_id, folder, is_creator, last_read_at, created_at)
            VALUES ({conversationId}, {userId}, {text}, {isCreator}, {readAt}, {now})
            """, ct);
    }

    private void Publish(MessageEventKind kind, Guid conversationId, Guid[] participants, Guid me, Guid? messageId = null) =>
        UnitOfWork.AfterCommit(() => broadcaster.Publish(new MessageEvent(kind, conversationId, participants, me, messageId)));

    private sealed record ConversationRef(Guid Id, bool IsGroup, string? GroupName, Guid[] ParticipantIds);

    private sealed record MemberFolderRow(Guid UserId, string Folder);

    private sealed record OrderParties(Guid BuyerId, Guid SellerId);
}
