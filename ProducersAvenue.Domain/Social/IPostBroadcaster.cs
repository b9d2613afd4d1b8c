namespace ProducersAvenue.Domain.Social;

/// <summary>
/// Tells open post pages that a post's conversation moved — a comment written, edited or deleted, a poll vote — after the
/// change commits, so members reading the post see it without reloading. In-process now
/// (<see cref="InProcessPostBroadcaster"/>); a backplane replaces the implementation when the app runs on several machines,
/// as it does the order pages' broadcaster.
/// </summary>
public interface IPostBroadcaster
{
    event Action<Guid>? PostChanged;
    void Publish(Guid postId);
}
