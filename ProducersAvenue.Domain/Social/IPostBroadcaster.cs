namespace ProducersAvenue.Domain.Social;

/// <summary>
/// Tells open post pages that a post moved — its conversation (a comment written, edited, deleted or liked, a poll vote) or
/// its likes — after the change commits, so members reading the post see it without reloading. In-process now
/// (<see cref="InProcessPostBroadcaster"/>); a backplane replaces the implementation when the app runs on several machines,
/// as it does the order pages' broadcaster.
/// </summary>
public interface IPostBroadcaster
{
    event Action<Guid, PostChange>? PostChanged;
    void Publish(Guid postId, PostChange change = PostChange.Conversation);
}

/// <summary>What moved on a post: what a page reading it must read again.</summary>
public enum PostChange
{
    /// <summary>The comments or the poll (and the post's counts with them): the post and its thread.</summary>
    Conversation,

    /// <summary>The post's likes only: the post, not its thread.</summary>
    Likes,
}
