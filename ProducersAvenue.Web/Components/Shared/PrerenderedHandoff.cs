namespace ProducersAvenue.Web.Components.Shared;

/// <summary>
/// What prerendering loaded, persisted into the response for the circuit (decision 127): the value, the key it was loaded
/// for (a username, a member id) and the viewer. A component keeps one in a public
/// <c>[PersistentState(RestoreBehavior = RestoreBehavior.SkipLastSnapshot)]</c> property, sets it only while prerendering,
/// and empties it in the circuit as soon as it is read, so a circuit never persists it.
/// </summary>
public sealed record PrerenderedHandoff<T>(string Key, Guid? ViewerId, T Value)
{
    /// <summary>The value when it was loaded for <paramref name="key"/> and <paramref name="viewerId"/>; otherwise default (load afresh).</summary>
    public T? For(string key, Guid? viewerId) => Key == key && ViewerId == viewerId ? Value : default;
}
