using Microsoft.Extensions.Time.Testing;
using ProducersAvenue.Domain.Messaging;
using ProducersAvenue.Web.Components.Pages.Messaging.Components;

namespace ProducersAvenue.Tests.Unit.Messaging;

/// <summary>
/// A conversation left open is told when the soonest change window of its messages closes, once, and then of the next
/// one: its Edit buttons stayed after the server had started refusing them.
/// </summary>
public sealed class AnOpenConversationHearsItsEditWindowsClose
{
    private static readonly DateTimeOffset At = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private static MessageView Mine(DateTimeOffset? until) =>
        new(Guid.NewGuid(), Guid.Empty, "Me", true, "<p>hi</p>", "hi", false, At, until);

    [Fact]
    public void Each_window_closing_is_told_once_in_order_and_closed_or_missing_windows_never()
    {
        var clock = new FakeTimeProvider(At);
        var told = 0;
        using var watch = new ChangeWindowWatch(clock, () => { told++; return Task.CompletedTask; });
        var messages = new[] { Mine(At.AddMinutes(15)), Mine(At.AddMinutes(-1)), Mine(null), Mine(At.AddMinutes(5)) };

        watch.Watch(messages);
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(0, told); // still open at its last instant
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, told);

        watch.Watch(messages); // the render that followed
        clock.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(1, told);
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(2, told);

        watch.Watch(messages);
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(2, told);
    }
}
