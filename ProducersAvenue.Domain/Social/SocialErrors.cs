using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Social;

/// <summary>Expected failures of the social feature; fields match the composer's and comment box's inputs.</summary>
public static class SocialErrors
{
    public static readonly Error CannotFollowSelf = new("social.follow_self", "You cannot follow yourself.");
    public static readonly Error PostNotFound = Error.NotFound("The post");
    public static readonly Error CommentNotFound = Error.NotFound("The comment");
    public static readonly Error MemberNotFound = Error.NotFound("The member");
    public static readonly Error EmptyPost = Error.Validation("content", "Write something, or add media, a link or a poll.");
    public static Error ContentTooLong(int max) => Error.Validation("content", $"Keep it under {max:N0} characters.");
    public static readonly Error EmptyComment = Error.Validation("content", "Write a comment first.");
    public static Error PollOptionCount(int min, int max) => Error.Validation("poll", $"A poll needs {min} to {max} options.");
    public static readonly Error PollOptionEmpty = Error.Validation("poll", "Poll options cannot be empty.");
    public static Error PollOptionTooLong(int max) => Error.Validation("poll", $"Keep each poll option under {max} characters.");
    public static readonly Error PollOptionDuplicate = Error.Validation("poll", "Poll options must differ from each other.");
    public static readonly Error PollEndInPast = Error.Validation("pollEndsAt", "The poll must end in the future.");
    public static Error PollEndTooLate(int days) => Error.Validation("pollEndsAt", $"A poll can run for at most {days} days.");
    public static readonly Error LinkInvalid = Error.Validation("link", "Enter a full http:// or https:// address.");
    public static Error TooManyMedia(int max) => Error.Validation("media", $"Attach at most {max} files.");
    public static readonly Error MediaInvalid = Error.Validation("media", "A media address is not valid.");
    public static Error TooManyPinned(int max) => new("social.pin_limit", $"You can pin at most {max} posts. Unpin one first.");
    public static readonly Error NotAPoll = new("social.not_a_poll", "This post has no poll.");
    public static readonly Error AlreadyVoted = new("social.already_voted", "You already voted.");
    public static readonly Error PollClosed = new("social.poll_closed", "This poll has ended.");
    public static readonly Error PollOptionUnknown = Error.Validation("option", "Choose one of the poll's options.");
}
