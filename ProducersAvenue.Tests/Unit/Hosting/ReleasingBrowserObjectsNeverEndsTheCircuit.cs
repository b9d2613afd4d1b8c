using Microsoft.JSInterop;
using ProducersAvenue.Web.Components.Shared;

namespace ProducersAvenue.Tests.Unit.Hosting;

/// <summary>
/// A component releasing its browser objects as it is disposed (<see cref="BrowserCleanup"/>) is quiet when the browser is
/// gone or the circuit is closing — a feed's observer once raised "Unhandled exception in circuit" from a closed tab — and
/// still lets any other failure through.
/// </summary>
public sealed class ReleasingBrowserObjectsNeverEndsTheCircuit
{
    [Fact]
    public async Task A_gone_browser_or_a_closing_circuit_is_nothing_to_report()
    {
        await BrowserCleanup.ReleaseAsync(() => throw new JSDisconnectedException("The browser is gone."));
        await BrowserCleanup.ReleaseAsync(() => ValueTask.FromException(new TaskCanceledException("The circuit is closing.")));
    }

    [Fact]
    public async Task Another_failure_is_not_hidden()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            async () => await BrowserCleanup.ReleaseAsync(() => throw new InvalidOperationException("A bug in the release")));
        Assert.Equal("A bug in the release", error.Message);
    }

    [Fact]
    public async Task What_there_is_to_release_is_released()
    {
        var released = false;
        await BrowserCleanup.ReleaseAsync(() => { released = true; return ValueTask.CompletedTask; });
        Assert.True(released);
    }
}
