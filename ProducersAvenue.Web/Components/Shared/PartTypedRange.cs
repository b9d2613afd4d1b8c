namespace ProducersAvenue.Web.Components.Shared;

/// <summary>
/// A bound of a range (BPM, price) typed in a box that applies as it is typed (debounced). While the typed value does not
/// yet make a range with the other bound — "1" on the way to "140" above a lowest 90 — applying it would reorder or clamp
/// the range and rewrite the box under the typing. Such a value waits <see cref="Wait"/> more, and a newer value cancels
/// it, so a pause in the middle of a number leaves the box alone; a value that fits applies at once. The same value handed
/// on again (the box's debounce, then its blur) keeps its wait rather than starting another.
/// </summary>
public sealed class PartTypedRange(TimeProvider clock, Func<Func<Task>, Task> invoke) : IDisposable
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(1.5);

    private CancellationTokenSource? _waiting;
    private object? _waitingFor;

    /// <summary>
    /// Applies now when <paramref name="fits"/>, else after <see cref="Wait"/> on the component's dispatcher (<c>invoke</c>);
    /// <paramref name="range"/> is what the bounds would be, to tell a value handed on again from a new one.
    /// </summary>
    public Task ApplyAsync(bool fits, object range, Func<Task> apply)
    {
        if (!fits && _waiting is not null && Equals(range, _waitingFor)) return Task.CompletedTask;
        Cancel();
        if (fits) return apply();
        _waitingFor = range;
        var waiting = _waiting = new CancellationTokenSource();
        _ = WaitThenApplyAsync(waiting.Token, apply);
        return Task.CompletedTask;
    }

    private async Task WaitThenApplyAsync(CancellationToken cancellationToken, Func<Task> apply)
    {
        try
        {
            await Task.Delay(Wait, clock, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        await invoke(() =>
        {
            if (cancellationToken.IsCancellationRequested) return Task.CompletedTask; // a newer value came meanwhile
            Cancel();
            return apply();
        });
    }

    private void Cancel()
    {
        _waiting?.Cancel();
        _waiting?.Dispose();
        _waiting = null;
        _waitingFor = null;
    }

    public void Dispose() => Cancel();
}
