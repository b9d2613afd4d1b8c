namespace ProducersAvenue.Domain.Orders;

/// <summary>
/// Tells open order pages that an order moved (a step, a cancellation, an automatic completion), after the move commits,
/// so the other party's page shows the state the next click will meet. In-process now
/// (<see cref="InProcessOrderBroadcaster"/>); a Redis backplane replaces the implementation when the app runs on several machines.
/// </summary>
public interface IOrderBroadcaster
{
    event Action<Guid>? OrderChanged;
    void Publish(Guid orderId);
}
