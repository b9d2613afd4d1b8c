using Microsoft.JSInterop;

namespace ProducersAvenue.Web.Components.Shared;

/// <summary>
/// Releases what a component holds in the browser (a script module, an observer) as the component is disposed. By then
/// the browser may be gone (<see cref="JSDisconnectedException"/>) or the circuit closing, which cancels the calls still in
/// flight (<see cref="TaskCanceledException"/>): either way nothing is left to release, and an exception out of a disposal
/// is reported as the circuit's unhandled error (a closed tab logged one in a browser test's run).
/// </summary>
public static class BrowserCleanup
{
    public static async ValueTask ReleaseAsync(Func<ValueTask> release)
    {
        try
        {
            await release();
        }
        catch (Exception error) when (error is JSDisconnectedException or TaskCanceledException)
        {
            // The browser or the circuit is gone; so is what it held.
        }
    }
}
