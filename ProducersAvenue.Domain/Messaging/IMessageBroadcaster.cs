namespace ProducersAvenue.Domain.Messaging;

/// <summary>
/// Pushes <see cref="MessageEvent"/>s to the participants' open circuits. In-process now
/// (<see cref="InProcessMessageBroadcaster"/>); a Redis backplane replaces the implementation when the app runs on several machines.
/// </summary>
public interface IMessageBroadcaster
{
    event Action<MessageEvent>? Published;
    void Publish(MessageEvent messageEvent);
}
