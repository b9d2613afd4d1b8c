using ProducersAvenue.Domain.Messaging;

namespace ProducersAvenue.Web.Components.Pages.Messaging.Components;

/// <summary>
/// Tells a conversation left open when the change window of one of its messages closes, so it draws again without the
/// Edit and "Delete for everyone" buttons the server would now refuse (<see cref="MessageView.CanChangeAt"/>). One timer,
/// set for the soonest window still open; <see cref="Watch"/> after every render moves it on.
/// </summary>
public sealed class ChangeWindowWatch(TimeProvider clock, Func<Task> closed) : IDisposable
{
    private ITimer? _timer;
    private DateTimeOffset? _at;

    public void Watch(IEnumerable<MessageView> messages)
    {
        var now = clock.GetUtcNow();
        var next = messages.Select(m => m.ChangeableUntil).Where(until => until >= now).Min();
        if (next == _at) return;
        _timer?.Dispose();
        _at = next;
        // Just past the window's end: a message is changeable up to and including its last instant.
        _timer = next is { } at ? clock.CreateTimer(_ => _ = closed(), null, at - now + TimeSpan.FromMilliseconds(1), Timeout.InfiniteTimeSpan) : null;
    }

    public void Dispose() => _timer?.Dispose();
}
