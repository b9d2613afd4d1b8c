namespace ProducersAvenue.Web.Components.Layout;

/// <summary>
/// Light or dark, decided on the server so the first paint is already right (decision 070): the member's own choice from
/// the <see cref="CookieName"/> cookie the toggle writes, else the system theme the browser reports in the
/// <c>Sec-CH-Prefers-Color-Scheme</c> client hint, else unknown (the layout asks the browser once interactive).
/// </summary>
public static class ThemePreference
{
    public const string CookieName = "pa-theme";
    public const string Dark = "dark";
    public const string Light = "light";
    private const string ClientHint = "Sec-CH-Prefers-Color-Scheme";

    /// <summary>true for dark, false for light, null when neither the member nor the browser said.</summary>
    public static bool? Read(HttpRequest request) =>
        Parse(request.Cookies[CookieName]) ?? Parse(request.Headers[ClientHint].ToString().Trim('"'));

    /// <summary>
    /// Asks the browser to send its system theme with its next requests. Not <c>Critical-CH</c>: the very first page of a
    /// visit goes without it (the layout asks the browser instead) rather than being requested twice.
    /// </summary>
    public static void RequestSystemTheme(HttpResponse response)
    {
        if (response.HasStarted) return;
        response.Headers["Accept-CH"] = ClientHint;
        response.Headers.Append("Vary", ClientHint);
    }

    private static bool? Parse(string? value) => value switch
    {
        Dark => true,
        Light => false,
        _ => null,
    };
}
