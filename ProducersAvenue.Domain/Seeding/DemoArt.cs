using SkiaSharp;

namespace ProducersAvenue.Domain.Seeding;

/// <summary>The demo's generated cover art: a square with a diagonal gradient, drawn on by the caller, encoded as a JPEG.</summary>
internal static class DemoArt
{
    /// <summary>
    /// A <paramref name="side"/>-pixel square going from <paramref name="hue"/> at the top left to a dark
    /// <paramref name="second"/> hue at the bottom right, with <paramref name="draw"/> on top, as JPEG bytes (quality 85).
    /// </summary>
    public static byte[] GradientJpeg(int side, int hue, int second, float secondLightness, Action<SKCanvas> draw)
    {
        using var surface = SKSurface.Create(new SKImageInfo(side, side, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var canvas = surface.Canvas;
        using (var background = new SKPaint())
        {
            background.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(side, side),
                [SKColor.FromHsl(hue, 65, 45), SKColor.FromHsl(second, 70, secondLightness)], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, side, side, background);
        }
        draw(canvas);
        using var image = surface.Snapshot();
        using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 85);
        return jpeg.ToArray();
    }
}
