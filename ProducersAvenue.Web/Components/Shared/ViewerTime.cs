using System.Globalization;

namespace ProducersAvenue.Web.Components.Shared;

/// <summary>
/// The clock a page shows times in (decision 148): a member's own time zone — the browser's, which the layout's script
/// keeps in the <see cref="CookieName"/> cookie — else UTC. A visitor's pages show UTC: they are cached and shared
/// (decision 121). <c>App</c> reads the zone from the request and hands it to <c>Routes</c>, which sets it here for the
/// prerender and again for the circuit (scoped: one per request or circuit).
/// </summary>
public sealed class ViewerTime
{
    public const string CookieName = "pa-tz";

    /// <summary>IANA names are short ("America/Argentina/ComodRivadavia" is the longest); anything longer is not one.</summary>
    private const int MaxZoneName = 64;

    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    /// <summary>The zone the request asks for: a signed-in member's cookie, else null (UTC).</summary>
    public static string? Read(HttpContext http) =>
        http.User.Identity?.IsAuthenticated == true ? http.Request.Cookies[CookieName] : null;

    /// <summary>Shows times in <paramref name="zoneName"/> (an IANA name); UTC when it is empty or unknown to this machine.</summary>
    public void Use(string? zoneName) =>
        Zone = zoneName is { Length: > 0 and <= MaxZoneName } && TimeZoneInfo.TryFindSystemTimeZoneById(zoneName, out var zone)
            ? zone
            : TimeZoneInfo.Utc;

    /// <summary><paramref name="at"/> on the viewer's clock, written with <paramref name="format"/> (invariant culture).</summary>
    public string Format(DateTimeOffset at, string format) =>
        TimeZoneInfo.ConvertTime(at, Zone).ToString(format, CultureInfo.InvariantCulture);

    /// <summary>The viewer's offset from UTC at <paramref name="at"/>: "UTC", "UTC+1", "UTC−5", "UTC+5:30".</summary>
    public string OffsetLabel(DateTimeOffset at)
    {
        var offset = Zone.GetUtcOffset(at);
        if (offset == TimeSpan.Zero) return "UTC";
        var sign = offset < TimeSpan.Zero ? "−" : "+";
        var abs = offset.Duration();
        return abs.Minutes == 0 ? $"UTC{sign}{abs.Hours}" : $"UTC{sign}{abs.Hours}:{abs.Minutes:00}";
    }
}
