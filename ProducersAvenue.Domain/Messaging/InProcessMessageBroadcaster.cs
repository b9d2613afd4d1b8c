namespace ProducersAvenue.Domain.Messaging;

/// <summary>The broadcaster of one app instance: every open view in this process hears every event and keeps its own.</summary>
public sealed class InProcessMessageBroadcaster : IMessageBroadcaster
{
    public event Action<MessageEvent>? Published;
    public void Publish(MessageEvent messageEvent) => Published?.Invoke(messageEvent);
}
