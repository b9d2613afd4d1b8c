using System.Text.Json;
using Microsoft.AspNetCore.Components;

namespace ProducersAvenue.Web.Components.Shared;

/// <summary>
/// How much prerendered state one page may hand to its circuit (decision 127). The browser sends all of it back in the one
/// hub message that starts the circuit, and the hub closes a connection whose message passes its receive limit
/// (<c>SignalR:MaximumReceiveMessageSize</c>, decision 060): twenty long posts handed over whole left a member's feed a
/// page on which nothing could be clicked. Each component offers its value through <see cref="Offer{T}"/> while prerendering;
/// what does not fit in what is left of the page's share is not handed over, and the circuit loads it again, as it did
/// before the handoff. Scoped: one budget per prerendered request, made with the hub's receive limit
/// (<see cref="For"/>).
/// </summary>
public sealed class PrerenderedStateBudget(long receiveLimit)
{
    /// <summary>The options Blazor's persisted component state serializes with (its JsonSerializerOptionsProvider).</summary>
    private static readonly JsonSerializerOptions Blazor = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true };

    /// <summary>Room left in the message for the root components' descriptors and the state's keys.</summary>
    internal const long Envelope = 8 * 1024;

    /// <summary>The hub's default when the setting is absent.</summary>
    private const long DefaultReceiveLimit = 32 * 1024;

    private long _left = Share(receiveLimit);

    /// <summary>
    /// A factory for the container: one budget per scope under the configured <c>SignalR:MaximumReceiveMessageSize</c>, and
    /// never over what <see cref="MostStateLimit"/> allows: the receive limit is set for the longest text a box sends
    /// (decision 060), while every page view carries its state twice (in the HTML and back in the hub message).
    /// </summary>
    public static Func<IServiceProvider, PrerenderedStateBudget> For(IConfiguration configuration)
    {
        var limit = Math.Min(configuration.GetValue<long?>("SignalR:MaximumReceiveMessageSize") ?? DefaultReceiveLimit, MostStateLimit);
        return _ => new PrerenderedStateBudget(limit);
    }

    /// <summary>The receive limit the handoff is measured against at most (64 KB: a share of 32,256 JSON bytes, decision 127).</summary>
    public const long MostStateLimit = 64 * 1024;

    /// <summary>
    /// The handoff to persist for the circuit (decision 127): <paramref name="value"/> under its key and viewer, only while
    /// prerendering a component a circuit will take over, and only when it fits (<see cref="Fit{T}"/>); otherwise null,
    /// which is also what a circuit's own slot must hold. A null value (nothing found) is never handed over.
    /// <paramref name="assigned"/> is read only while prerendering: in a circuit a component offers after an await, by which
    /// time it may have been disposed (its page left), and reading a disposed component's render mode throws — an
    /// "Unhandled exception in circuit" that ended the member's session.
    /// </summary>
    /// <example><c>Prerendered = StateBudget.Offer(RendererInfo, () => AssignedRenderMode, Slug, Viewer.UserId, _product);</c></example>
    public PrerenderedHandoff<T>? Offer<T>(RendererInfo renderer, Func<IComponentRenderMode?> assigned, string key, Guid? viewerId, T? value)
        where T : class =>
        value is not null && !renderer.IsInteractive && StaticRendering.IsPrerenderingForCircuit(renderer, assigned())
            ? Fit(new PrerenderedHandoff<T>(key, viewerId, value))
            : null;

    /// <summary>
    /// <paramref name="value"/> when its JSON fits in what is left of this page's share (and that much is taken), otherwise
    /// null: the component hands nothing over and its circuit loads afresh.
    /// </summary>
    public T? Fit<T>(T value) where T : class
    {
        var size = JsonSerializer.SerializeToUtf8Bytes(value, Blazor).LongLength;
        if (size > _left) return null;
        _left -= size;
        return value;
    }

    /// <summary>
    /// The JSON bytes a page may hand over under a receive limit: each value's JSON is stored base64-encoded inside the
    /// state's own JSON, which is data-protected and base64-encoded again for the page (4/3 × 4/3 = 16/9), and the message
    /// keeps <see cref="Envelope"/> for the rest.
    /// </summary>
    public static long Share(long receiveLimit) => Math.Max(0, receiveLimit - Envelope) * 9 / 16;
}
