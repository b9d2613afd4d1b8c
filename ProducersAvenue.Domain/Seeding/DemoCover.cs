using SkiaSharp;

namespace ProducersAvenue.Domain.Seeding;

/// <summary>
/// The generated cover art of the demo products: a gradient square with a row of waveform bars, drawn as a JPEG and stored
/// as the seller's upload (<see cref="Marketplace.ProductUploads.ImageFolder"/>), as a cover a seller uploads is: a link
/// reader shows it on a shared listing's card, which it would not do for an SVG. Deterministic for a number.
/// </summary>
/// <remarks>
/// Demo databases seeded before 7 December point at <c>/assets/covers/{n}.svg</c>; those files stay in
/// <c>wwwroot-assets/covers</c> for them.
/// </remarks>
public static class DemoCover
{
    public const int Count = 12;

    public const int Side = 600;

    /// <summary>The cover as JPEG bytes (about 30 KB); hues walk the colour wheel, bar heights follow a fixed pattern per number.</summary>
    public static byte[] Jpeg(int number)
    {
        var hue = number * 71 % 360;
        var second = (hue + 140) % 360;
        return DemoArt.GradientJpeg(Side, hue, second, 22, canvas =>
        {
            // Sixteen rounded bars across the middle, as a waveform: the pattern of the SVG covers, on a 400-unit square.
            const float scale = Side / 400f;
            using var bar = new SKPaint { IsAntialias = true, Color = new SKColor(255, 255, 255, 217) };
            for (var i = 0; i < 16; i++)
            {
                var height = 40 + (i + 1) * (number + 3) * 37 % 91 * 2;
                var rect = SKRect.Create((56 + i * 18) * scale, (200 - height / 2) * scale, 10 * scale, height * scale);
                canvas.DrawRoundRect(rect, 5 * scale, 5 * scale, bar);
            }
        });
    }
}
