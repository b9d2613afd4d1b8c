using System.Collections.Concurrent;
using ProducersAvenue.Domain.Notifications;

namespace ProducersAvenue.Tests.Support.Fakes;

/// <summary>Records every bell it is asked to ring; <see cref="OnPublish"/> runs inside the publish call.</summary>
public sealed class RecordingBroadcaster : INotificationBroadcaster
{
    public ConcurrentQueue<Guid> Published { get; } = new();
    public Action<Guid>? OnPublish { get; set; }

    public event Action<Guid>? NotificationsChanged;

    public void Publish(Guid userId)
    {
        OnPublish?.Invoke(userId);
        Published.Enqueue(userId);
        NotificationsChanged?.Invoke(userId);
    }
}
