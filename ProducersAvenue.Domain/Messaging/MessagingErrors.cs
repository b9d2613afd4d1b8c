using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Messaging;

/// <summary>Expected failures of messaging (docs/decisions/018: codes <c>messaging.*</c>, PascalCase field keys of the composer and dialogs).</summary>
public static class MessagingErrors
{
    public static readonly Error ConversationNotFound = new("messaging.conversation_not_found", "The conversation was not found.");
    public static readonly Error MessageNotFound = new("messaging.message_not_found", "The message was not found.");
    public static readonly Error OrderNotFound = new("messaging.order_not_found", "This order was not found, or you are not its buyer or seller.");
    public static readonly Error MemberNotFound = new("messaging.member_not_found", "The member was not found.", "Members");
    public static Error UnknownMember(string username) => new("messaging.unknown_member", $"There is no member called @{username}.", "Members");
    public static readonly Error CannotMessageSelf = new("messaging.message_self", "You cannot start a conversation with yourself.");
    public static readonly Error UsernameRequired = new("messaging.username_required", "Type the username of the member to write to, e.g. @ana.", "Members");
    public static readonly Error EmptyMessage = new("messaging.empty_message", "Write a message first.", "Content");
    public static Error MessageTooLong(int max) => new("messaging.message_too_long", $"Keep a message within {max:N0} characters.", "Content");
    public static readonly Error InvalidCharacters = new("messaging.invalid_characters", "The message contains characters that cannot be sent (a NUL byte). Remove them and try again.", "Content");
    public static Error EditWindowClosed(int minutes) => new("messaging.edit_window_closed", $"Messages can only be changed within {minutes} minutes of sending.");
    public static readonly Error NotYourMessage = new("messaging.not_your_message", "You can only change your own messages.");
    public static readonly Error MessageDeleted = new("messaging.message_deleted", "This message was deleted.");
    public static readonly Error GroupNameRequired = new("messaging.group_name_required", "Give the group a name.", "Name");
    public static Error GroupNameTooLong(int max) => new("messaging.group_name_too_long", $"Keep the group name within {max:N0} characters.", "Name");
    public static Error GroupSize(int min, int max) => new("messaging.group_size", $"A group chat has {min} to {max} members, you included.", "Members");
    public static Error GroupAtMinimum(int min) => new("messaging.group_at_minimum",
        $"A group chat keeps at least {min} members, you included: add someone before removing a member.", "Members");
    public static readonly Error NotAGroup = new("messaging.not_a_group", "Only group chats have members to add or remove.");
    public static readonly Error OnlyCreatorManagesMembers = new("messaging.only_creator", "Only the group's creator adds and removes members.");
    public static readonly Error AlreadyMember = new("messaging.already_member", "That member is already in the group.", "Members");
    public static readonly Error PrivacyUnknown = new("messaging.privacy_unknown", "Choose who may message you.", "MessagePrivacy");
    public static Error SendingTooFast(int perMinute) => new("messaging.sending_too_fast", $"You are sending messages too quickly (at most {perMinute} a minute). Wait a moment and try again.", "Content");
    public static readonly Error AccountClosed = new("messaging.account_closed",
        "This member closed their account: messages can no longer reach them. The conversation stays here to read.", "Content");
    public static readonly Error Blocked = new("messaging.blocked", "You can't message this member: one of you has blocked the other. The conversation stays here to read.", "Content");
    /// <summary>A new direct conversation with a block partner (none exists yet: nothing "stays here to read").</summary>
    public static readonly Error BlockedNewConversation = new("messaging.blocked_new_conversation",
        "You can't message this member: one of you has blocked the other.", "Members");
    public static readonly Error BlockedMember = new("messaging.blocked_member", "One of these members has blocked you or was blocked by you, so they can't be in a chat with you.", "Members");
    public static Error AttachmentTypeUnsupported(string name) => new("messaging.attachment_type", $"“{name}” cannot be attached: send images (JPEG, PNG, WebP, GIF), audio, ZIP, MIDI or preset files.", MessageAttachments.Field);
    public static Error AttachmentEmpty(string name) => new("messaging.attachment_empty", $"“{name}” is empty.", MessageAttachments.Field);
    public static Error AttachmentTooLarge(string name, long max) => new("messaging.attachment_too_large", $"“{name}” is larger than {max / (1024 * 1024)} MB.", MessageAttachments.Field);
    public static Error AttachmentBytesMismatch(string name) => new("messaging.attachment_bytes", $"“{name}” is not what its name says: its content does not match the file type.", MessageAttachments.Field);
    public static Error TooManyAttachments(int max) => new("messaging.too_many_attachments", $"Attach at most {Counted.Of(max, "file")} to one message.", MessageAttachments.Field);
    public static readonly Error AttachmentInvalid = new("messaging.attachment_invalid", "An attachment was not uploaded here or is gone. Attach it again.", MessageAttachments.Field);
    public static Error TooManyNewConversations(int perHour) => new("messaging.too_many_new_conversations", $"You have started {perHour} conversations in the last hour. Try again later.");
}
