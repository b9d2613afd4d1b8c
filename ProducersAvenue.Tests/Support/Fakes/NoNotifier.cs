using ProducersAvenue.Domain.Notifications;

namespace ProducersAvenue.Tests.Support.Fakes;

/// <summary>An <see cref="INotifier"/> that sends nothing, for component tests that never reach a database.</summary>
public sealed class NoNotifier : INotifier
{
    public Task NotifyAsync(NotificationRequest request, CancellationToken cancellationToken = default) => Task.CompletedTask;
    public Task NotifyManyAsync(IReadOnlyCollection<NotificationRequest> requests, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
