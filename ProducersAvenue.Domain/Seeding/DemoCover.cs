using System.Globalization;

namespace ProducersAvenue.Domain.Seeding;

/// <summary>
/// The generated cover art of the demo products: a gradient square with a row of waveform bars, committed as
/// <c>wwwroot-assets/covers/{n}.svg</c> (served at <see cref="Url"/>); a unit test checks the committed files match.
/// </summary>
public static class DemoCover
{
    public const int Count = 12;

    public static string Url(int number) => $"/assets/covers/{number}.svg";

    /// <summary>An SVG of about 1.5 KB; hues walk the colour wheel, bar heights follow a fixed integer pattern per number.</summary>
    public static string Svg(int number)
    {
        var hue = number * 71 % 360;
        var second = (hue + 140) % 360;
        string N(int v) => v.ToString(CultureInfo.InvariantCulture);
        var bars = string.Concat(Enumerable.Range(0, 16).Select(i =>
        {
            var height = 40 + (i + 1) * (number + 3) * 37 % 91 * 2;
            return $"<rect x=\"{N(56 + i * 18)}\" y=\"{N(200 - height / 2)}\" width=\"10\" height=\"{N(height)}\" rx=\"5\"/>";
        }));
        return $"""
            <svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400" role="img" aria-label="Cover {number}">
              <defs>
                <linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
                  <stop offset="0" stop-color="hsl({N(hue)},65%,45%)"/>
                  <stop offset="1" stop-color="hsl({N(second)},70%,22%)"/>
                </linearGradient>
              </defs>
              <rect width="400" height="400" fill="url(#g)"/>
              <g fill="#fff" fill-opacity=".85">{bars}</g>
            </svg>

            """;
    }
}
