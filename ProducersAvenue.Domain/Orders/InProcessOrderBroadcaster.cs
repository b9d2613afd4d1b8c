namespace ProducersAvenue.Domain.Orders;

/// <summary>The broadcaster of one app instance: every open order page in this process hears every order's changes and keeps its own.</summary>
public sealed class InProcessOrderBroadcaster : IOrderBroadcaster
{
    public event Action<Guid>? OrderChanged;
    public void Publish(Guid orderId) => OrderChanged?.Invoke(orderId);
}
