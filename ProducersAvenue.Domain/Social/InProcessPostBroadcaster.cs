namespace ProducersAvenue.Domain.Social;

/// <summary>The broadcaster of one app instance: every open post page in this process hears every post's changes and keeps its own.</summary>
public sealed class InProcessPostBroadcaster : IPostBroadcaster
{
    public event Action<Guid, PostChange>? PostChanged;
    public void Publish(Guid postId, PostChange change = PostChange.Conversation) => PostChanged?.Invoke(postId, change);
}
