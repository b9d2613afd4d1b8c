using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using SkiaSharp;

namespace ProducersAvenue.Domain.Storage;

/// <summary>A decoded and freshly encoded image: only its pixels survive (no metadata, no bytes of the upload).</summary>
public sealed record ReencodedImage(byte[] Content, ImageFormat Format, int Width, int Height);

/// <summary>
/// The one gate every member image passes (avatars, banners, post images): SkiaSharp opens the file and must recognise
/// it as PNG, JPEG, GIF or WebP; the pixel count in its header is checked against <see cref="ImageOptions.MaxPixels"/>
/// before any pixel is decoded; the whole first frame must decode without error; then the pixels are turned upright
/// (EXIF orientation), scaled down to the caller's longest side and encoded anew. The stored file is therefore made by
/// the encoder alone: appended HTML or script, polyglot payloads, EXIF (GPS), ICC profiles and comments never reach it.
/// PNG stays PNG, JPEG stays JPEG, WebP stays WebP, a GIF becomes a PNG of its first frame (decision 050).
/// </summary>
public sealed class ImageReencoder(IOptions<ImageOptions> options)
{
    /// <param name="content">A seekable stream positioned at the image's first byte (it is read on demand).</param>
    /// <param name="maxSide">The longest side of the result; smaller images keep their size.</param>
    /// <param name="field">The form field the errors belong to.</param>
    public Result<ReencodedImage> Reencode(Stream content, int maxSide, string field)
    {
        var limits = options.Value;
        // The codec owns the wrapper, the caller keeps its stream.
        using var codec = SKCodec.Create(new SKManagedStream(content, disposeManagedStream: false));
        if (codec is null || OutputFormat(codec.EncodedFormat) is not { } format) return StorageErrors.Unreadable(field);

        // The header alone says how big the bitmap would be: refuse before allocating or decoding anything.
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (width <= 0 || height <= 0) return StorageErrors.Unreadable(field);
        // A GIF's header is its first 13 bytes, sizes included: "GIF89a" and any text after it read as 28192 × 29807 pixels
        // and were refused as too large. A GIF without one image in it is no image (its frames are found by reading its
        // blocks, not its pixels).
        if (codec.EncodedFormat == SKEncodedImageFormat.Gif && codec.FrameCount == 0) return StorageErrors.Unreadable(field);
        if ((long)width * height > limits.MaxPixels) return StorageErrors.TooManyPixels(field, limits.MaxPixels, width, height);

        // Opaque stays opaque, so a photo stored as PNG gets no alpha channel.
        var alpha = codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul;
        var decodedInfo = new SKImageInfo(width, height, SKColorType.Rgba8888, alpha, SKColorSpace.CreateSrgb());
        using var decoded = new SKBitmap();
        if (!decoded.TryAllocPixels(decodedInfo)) return StorageErrors.TooManyPixels(field, limits.MaxPixels, width, height);
        // Frame 0 only (a GIF's first frame); anything short of a clean decode (truncated or corrupt data) is refused.
        if (codec.GetPixels(decodedInfo, decoded.GetPixels(), new SKCodecOptions(0)) != SKCodecResult.Success)
            return StorageErrors.Damaged(field);

        var origin = codec.EncodedOrigin;
        var (uprightWidth, uprightHeight) = SwapsSides(origin) ? (height, width) : (width, height);
        var scale = Math.Min(1.0, (double)maxSide / Math.Max(uprightWidth, uprightHeight));
        var outWidth = Math.Max(1, (int)Math.Round(uprightWidth * scale));
        var outHeight = Math.Max(1, (int)Math.Round(uprightHeight * scale));

        using var output = new SKBitmap(new SKImageInfo(outWidth, outHeight, SKColorType.Rgba8888, alpha, SKColorSpace.CreateSrgb()));
        using (var canvas = new SKCanvas(output))
        using (var image = SKImage.FromBitmap(decoded))
        {
            canvas.Clear(SKColors.Transparent);
            canvas.SetMatrix(SKMatrix.CreateScale((float)outWidth / uprightWidth, (float)outHeight / uprightHeight)
                .PreConcat(Upright(origin, width, height)));
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        }

        using var pixels = output.PeekPixels();
        using var encoded = format == ImageFormat.Jpeg ? pixels.Encode(new SKJpegEncoderOptions(limits.Quality))
            : format == ImageFormat.WebP ? pixels.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, limits.Quality))
            : pixels.Encode(SKPngEncoderOptions.Default);
        if (encoded is null) throw new InvalidOperationException($"SkiaSharp could not encode a {outWidth}×{outHeight} {format.Extension}.");
        return new ReencodedImage(encoded.ToArray(), format, outWidth, outHeight);
    }

    /// <summary>What an accepted format is stored as; null for every format the site does not take (BMP, ICO, HEIF, …).</summary>
    private static ImageFormat? OutputFormat(SKEncodedImageFormat format) => format switch
    {
        SKEncodedImageFormat.Png or SKEncodedImageFormat.Gif => ImageFormat.Png,
        SKEncodedImageFormat.Jpeg => ImageFormat.Jpeg,
        SKEncodedImageFormat.Webp => ImageFormat.WebP,
        _ => null,
    };

    private static bool SwapsSides(SKEncodedOrigin origin) =>
        origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    /// <summary>
    /// Maps a pixel of the stored <paramref name="width"/> × <paramref name="height"/> image to where it shows upright,
    /// for each EXIF orientation (x' = scaleX·x + skewX·y + transX, y' = skewY·x + scaleY·y + transY).
    /// </summary>
    private static SKMatrix Upright(SKEncodedOrigin origin, int width, int height) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, width, 0, 1, 0, 0, 0, 1),       // mirrored
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, width, 0, -1, height, 0, 0, 1), // turned 180°
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, height, 0, 0, 1),    // flipped
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),             // transposed
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, height, 1, 0, 0, 0, 0, 1),      // needs 90° clockwise
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, height, -1, 0, width, 0, 0, 1), // transverse
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, width, 0, 0, 1),     // needs 90° counter-clockwise
        _ => SKMatrix.Identity,
    };
}
