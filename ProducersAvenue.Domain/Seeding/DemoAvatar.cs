using System.Globalization;

namespace ProducersAvenue.Domain.Seeding;

/// <summary>
/// The generated avatars of the demo members: initials on a gradient circle, committed as
/// <c>wwwroot-assets/avatars/{n}.svg</c> (served at <see cref="Url"/>) by <c>scripts/generate-avatars.sh</c>.
/// </summary>
public static class DemoAvatar
{
    public const int Count = 30;

    public static string Url(int number) => $"/assets/avatars/{number}.svg";

    public static string Initials(string displayName)
    {
        var words = displayName.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var letters = words.Take(2).Select(w => char.ToUpperInvariant(w.First(char.IsLetterOrDigit)));
        return string.Concat(letters);
    }

    /// <summary>An SVG of about 500 bytes; the hues walk the colour wheel with the number so neighbours differ.</summary>
    public static string Svg(int number, string initials)
    {
        var hue = number * 137 % 360;
        var second = (hue + 50) % 360;
        string H(int h) => h.ToString(CultureInfo.InvariantCulture);
        return $"""
            <svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128" role="img" aria-label="{initials}">
              <defs>
                <linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
                  <stop offset="0" stop-color="hsl({H(hue)},70%,58%)"/>
                  <stop offset="1" stop-color="hsl({H(second)},75%,38%)"/>
                </linearGradient>
              </defs>
              <circle cx="64" cy="64" r="64" fill="url(#g)"/>
              <text x="64" y="64" dy=".35em" text-anchor="middle" font-family="system-ui,-apple-system,Segoe UI,Roboto,sans-serif" font-size="48" font-weight="600" fill="#fff">{initials}</text>
            </svg>

            """;
    }
}
