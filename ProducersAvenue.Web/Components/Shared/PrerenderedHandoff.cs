using Microsoft.AspNetCore.Components;

namespace ProducersAvenue.Web.Components.Shared;

/// <summary>
/// What prerendering loaded, persisted into the response for the circuit (decision 127): the value, the key it was loaded
/// for (a username, a product id, a filter's address) and the viewer. A component keeps one in a public
/// <c>[PersistentState(RestoreBehavior = RestoreBehavior.SkipLastSnapshot)]</c> property, fills it with
/// <see cref="PrerenderedStateBudget.Offer{T}"/> and reads it with <see cref="PrerenderedHandoff.Take{T}"/>.
/// </summary>
public sealed record PrerenderedHandoff<T>(string Key, Guid? ViewerId, T Value);

/// <summary>The circuit's side of a <see cref="PrerenderedHandoff{T}"/>.</summary>
public static class PrerenderedHandoff
{
    /// <summary>
    /// In a circuit: the value prerendering handed over when it was loaded for <paramref name="key"/> and
    /// <paramref name="viewerId"/> (otherwise null: load afresh), and an empty slot to put back, so the circuit never
    /// persists it and a later render with the same key (a parent's re-render supplies the restored value once more) loads
    /// afresh. While rendering without a circuit: nothing taken, the slot as it was.
    /// </summary>
    /// <example><c>(var handed, Prerendered) = Prerendered.Take(RendererInfo, Slug, Viewer.UserId);</c></example>
    public static (T? Value, PrerenderedHandoff<T>? Slot) Take<T>(this PrerenderedHandoff<T>? slot, RendererInfo renderer, string key, Guid? viewerId)
        where T : class
    {
        if (!renderer.IsInteractive) return (null, slot);
        return (slot is not null && slot.Key == key && slot.ViewerId == viewerId ? slot.Value : null, null);
    }
}
