using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Social;

/// <summary>Expected failures of the social feature (docs/decisions/018: codes <c>social.*</c>, PascalCase field keys of the composer and comment box).</summary>
public static class SocialErrors
{
    public static readonly Error CannotFollowSelf = new("social.follow_self", "You cannot follow yourself.");
    public static readonly Error PostNotFound = new("social.post_not_found", "The post was not found.");
    public static Error PostingTooFast(int perHour) => new("social.posting_too_fast",
        $"You have posted a lot in the last hour (at most {perHour} posts an hour). Wait a little and try again.");
    public static Error CommentingTooFast(int perMinute) => new("social.commenting_too_fast",
        $"You are commenting too quickly (at most {perMinute} comments a minute). Wait a moment and try again.");
    public static readonly Error CommentNotFound = new("social.comment_not_found", "The comment was not found.");
    public static readonly Error MemberNotFound = new("social.member_not_found", "The member was not found.");
    public static readonly Error EmptyPost = new("social.empty_post", "Write something, or add media, a link or a poll.", "Content");
    public static Error ContentTooLong(int max) => new("social.content_too_long", $"Keep it within {max:N0} characters.", "Content");
    public static readonly Error EmptyComment = new("social.empty_comment", "Write a comment first.", "Content");
    public static Error PollOptionCount(int min, int max) => new("social.poll_option_count", $"A poll needs {min} to {max} options.", "Poll");
    public static readonly Error PollOptionEmpty = new("social.poll_option_empty", "Poll options cannot be empty.", "Poll");
    public static Error PollOptionTooLong(int max) => new("social.poll_option_too_long", $"Keep each poll option within {max:N0} characters.", "Poll");
    public static readonly Error PollOptionDuplicate = new("social.poll_option_duplicate", "Poll options must differ from each other.", "Poll");
    public static readonly Error PollEndInPast = new("social.poll_end_in_past", "The poll must end in the future.", "PollEndsAt");
    public static Error PollEndTooLate(int days) => new("social.poll_end_too_late", $"A poll can run for at most {days} days.", "PollEndsAt");
    public static readonly Error LinkInvalid = new("social.link_invalid", "Enter a full http:// or https:// address.", "Link");
    public static Error LinkTooLong(int max) => new("social.link_too_long", $"Keep the address within {max:N0} characters.", "Link");
    public static Error TooManyMedia(int max) => new("social.too_many_media", $"Attach at most {max} files.", "Media");
    public static readonly Error MediaInvalid = new("social.media_invalid", "A media address is not valid.", "Media");
    public static readonly Error AudioAlone = new("social.audio_alone", "An audio post carries one audio file and no photos or videos.", "Media");
    public static Error TooManyPinned(int max) => new("social.pin_limit", $"You can pin at most {max} posts. Unpin one first.");
    public static readonly Error NotAPoll = new("social.not_a_poll", "This post has no poll.");
    public static readonly Error AlreadyVoted = new("social.already_voted", "You already voted.");
    public static readonly Error PollClosed = new("social.poll_closed", "This poll has ended.");
    public static readonly Error CannotBlockSelf = new("social.block_self", "You cannot block yourself.");
    public static readonly Error CannotMuteSelf = new("social.mute_self", "You cannot mute yourself.");
    public static readonly Error FollowBlocked = new("social.follow_blocked", "You can't follow this member: one of you has blocked the other.");
    public static Error MentionBlocked(string username) =>
        new("social.mention_blocked", $"You can't mention @{username}: one of you has blocked the other.", "Content");
    public static readonly Error PollOptionUnknown = new("social.poll_option_unknown", "Choose one of the poll's options.", "Option");
}
