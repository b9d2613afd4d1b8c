using ProducersAvenue.Domain.Marketplace;
using SkiaSharp;

namespace ProducersAvenue.Domain.Seeding;

/// <summary>
/// The demo services' portfolios, made as a seller's uploads would be stored (<see cref="ServicePortfolio"/>'s folder):
/// every service gets a cover image — a JPEG drawn here, a gradient with a record's grooves and its label in a hue of its
/// own, which becomes the service's thumbnail — and a service whose work is heard (production, mixing, mastering,
/// recording, vocals) also gets a synthesised sample that plays in the waveform player. Deterministic for a number.
/// </summary>
public static class DemoPortfolio
{
    public const int Side = 800;

    public static bool HasAudioSample(ServiceType type) =>
        type is ServiceType.Production or ServiceType.Mixing or ServiceType.Mastering or ServiceType.Recording or ServiceType.Vocals;

    /// <summary>A sample loop for service <paramref name="number"/>: the demo's loops in turn, each with its own noise seed.</summary>
    public static DemoAudio.Loop SampleLoop(int number, string title)
    {
        var loop = DemoAudio.Loops[number % DemoAudio.Loops.Count];
        return loop with { Name = $"Sample of {title}", Seed = 100 + number };
    }

    /// <summary>The cover as JPEG bytes (about 40 KB): hues walk the colour wheel with the number, as the product covers do.</summary>
    public static byte[] CoverJpeg(int number)
    {
        var hue = number * 53 % 360;
        var second = (hue + 120) % 360;
        return DemoArt.GradientJpeg(Side, hue, second, 20, canvas =>
        {
            // A record, off centre: black vinyl, grooves in lighter rings, a label in the cover's first hue, the spindle hole.
            var centre = new SKPoint(Side * 0.58f, Side * 0.55f);
            var radius = Side * 0.36f;
            using var paint = new SKPaint { IsAntialias = true };
            paint.Color = new SKColor(12, 12, 16);
            canvas.DrawCircle(centre, radius, paint);
            paint.Style = SKPaintStyle.Stroke;
            paint.StrokeWidth = 1.5f;
            for (var groove = radius * 0.42f; groove < radius * 0.97f; groove += 7 + number % 3)
            {
                paint.Color = new SKColor(255, 255, 255, (byte)(18 + (int)groove % 23));
                canvas.DrawCircle(centre, groove, paint);
            }
            paint.Style = SKPaintStyle.Fill;
            paint.Color = SKColor.FromHsl(hue, 70, 60);
            canvas.DrawCircle(centre, radius * 0.33f, paint);
            paint.Color = SKColor.FromHsl(second, 60, 85);
            canvas.DrawCircle(centre, radius * 0.12f, paint);
            paint.Color = new SKColor(12, 12, 16);
            canvas.DrawCircle(centre, radius * 0.03f, paint);
        });
    }
}
