using Microsoft.Extensions.Time.Testing;
using ProducersAvenue.Web.Components.Shared;

namespace ProducersAvenue.Tests.Unit.Layout;

/// <summary>A range bound that fits applies at once; one that does not waits <see cref="PartTypedRange.Wait"/>, and a newer value cancels it.</summary>
public sealed class APartTypedRangeWaits
{
    private readonly FakeTimeProvider _clock = new();
    private readonly List<string> _applied = [];

    private PartTypedRange Range() => new(_clock, apply => apply());

    private Func<Task> Apply(string what) => () =>
    {
        _applied.Add(what);
        return Task.CompletedTask;
    };

    private async Task SettleAsync()
    {
        for (var i = 0; i < 20; i++) await Task.Yield();
        await Task.Delay(50);
    }

    [Fact]
    public async Task A_bound_that_fits_applies_at_once_and_one_that_does_not_waits_then_applies()
    {
        using var range = Range();

        await range.ApplyAsync(fits: true, 140, Apply("140"));
        await range.ApplyAsync(fits: false, 1, Apply("1"));
        _clock.Advance(PartTypedRange.Wait - TimeSpan.FromMilliseconds(1));
        await SettleAsync();
        Assert.Equal(["140"], _applied);

        _clock.Advance(TimeSpan.FromMilliseconds(1));
        await SettleAsync();
        Assert.Equal(["140", "1"], _applied);
    }

    [Fact]
    public async Task A_newer_value_cancels_the_wait_and_the_same_value_again_keeps_it()
    {
        using var range = Range();

        await range.ApplyAsync(fits: false, 1, Apply("1"));
        _clock.Advance(TimeSpan.FromSeconds(1));
        await range.ApplyAsync(fits: false, 1, Apply("1 again"));
        _clock.Advance(PartTypedRange.Wait - TimeSpan.FromSeconds(1));
        await SettleAsync();
        Assert.Equal(["1"], _applied); // handed on twice, waited once from the first

        await range.ApplyAsync(fits: false, 14, Apply("14"));
        await range.ApplyAsync(fits: true, 140, Apply("140"));
        _clock.Advance(TimeSpan.FromSeconds(10));
        await SettleAsync();
        Assert.Equal(["1", "140"], _applied);
    }
}
