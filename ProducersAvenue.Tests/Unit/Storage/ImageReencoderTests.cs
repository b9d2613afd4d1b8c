using System.Text;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Storage;
using ProducersAvenue.Tests.Support;
using SkiaSharp;

namespace ProducersAvenue.Tests.Unit.Storage;

/// <summary>Every member image is decoded, limited by its header's pixel count, turned upright and encoded anew.</summary>
public sealed class ImageReencoderTests
{
    private const string Field = "Avatar";
    private readonly ImageReencoder _reencoder = new(Options.Create(new ImageOptions { MaxPixels = 4_000_000 }));

    public static TheoryData<string> HostileSamples => new() { "png+html", "png 100000x100000", "png garbage pixels", "jpeg+script" };

    public static byte[] Hostile(string name) => name switch
    {
        "png+html" => TestImages.PngFollowedByHtml(),
        "png 100000x100000" => TestImages.PngClaiming(100_000, 100_000),
        "png garbage pixels" => TestImages.PngWithGarbagePixels(64, 64),
        "jpeg+script" => TestImages.JpegMagicWithScript(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(HostileSamples))]
    public void Refuses_a_file_that_only_starts_like_an_image(string sample)
    {
        var result = _reencoder.Reencode(new MemoryStream(Hostile(sample)), 512, Field);

        Assert.False(result.Succeeded);
        Assert.Equal(Field, result.FirstError!.Field);
        Assert.StartsWith("image.", result.FirstError.Code);
    }

    [Fact]
    public void Refuses_pixel_data_that_does_not_decode_as_damaged()
    {
        var result = _reencoder.Reencode(new MemoryStream(TestImages.PngWithGarbagePixels(64, 64)), 512, Field);

        Assert.Equal("image.damaged", result.FirstError?.Code);
        Assert.Contains("damaged or incomplete", result.FirstError!.Message);
    }

    [Fact]
    public void Refuses_an_oversize_header_after_reading_only_the_header_not_the_pixel_data()
    {
        var bomb = new CountingStream(TestImages.PngClaiming(100_000, 100_000, dataBytes: 4 * 1024 * 1024));
        var before = GC.GetAllocatedBytesForCurrentThread();

        var result = _reencoder.Reencode(bomb, 512, Field);

        Assert.Equal("image.too_many_pixels", result.FirstError?.Code);
        Assert.Equal("This image is 100000 × 100000 pixels; images can have up to 4 megapixels. Scale it down and retry.",
            result.FirstError!.Message);
        Assert.True(bomb.BytesRead < 64 * 1024, $"read {bomb.BytesRead} of {bomb.Length} bytes");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1024 * 1024);
    }

    [Fact]
    public void A_gif_header_followed_by_text_is_not_a_readable_image_not_one_too_large()
    {
        // The QA file fake.png: "GIF89a" and then text, whose next four bytes (" n", "ot") read as 28192 × 29807 pixels.
        var fake = Encoding.ASCII.GetBytes("GIF89a not reallyGIF89a not reallyGIF89a");

        var result = _reencoder.Reencode(new MemoryStream(fake), 512, Field);

        Assert.Equal("image.unreadable", result.FirstError?.Code);
        Assert.Contains("not a readable PNG, JPEG, GIF or WebP image", result.FirstError!.Message);
    }

    [Fact]
    public void A_real_gif_claiming_too_many_pixels_is_still_too_large()
    {
        var strict = new ImageReencoder(Options.Create(new ImageOptions { MaxPixels = 29 * 20 }));

        Assert.Equal("image.too_many_pixels", strict.Reencode(new MemoryStream(TestImages.Gif(30, 20)), 512, Field).FirstError?.Code);
    }

    [Fact]
    public void The_pixel_limit_comes_from_configuration()
    {
        var strict = new ImageReencoder(Options.Create(new ImageOptions { MaxPixels = 63 * 64 }));

        Assert.Equal("image.too_many_pixels", strict.Reencode(new MemoryStream(TestImages.Png(64, 64)), 512, Field).FirstError?.Code);
        Assert.True(_reencoder.Reencode(new MemoryStream(TestImages.Png(64, 64)), 512, Field).Succeeded);
    }

    [Fact]
    public void A_gif_polyglot_becomes_a_plain_png_without_its_script()
    {
        var polyglot = TestImages.GifPolyglot();
        Assert.Contains("alert(document.domain)", Encoding.ASCII.GetString(polyglot));

        var result = _reencoder.Reencode(new MemoryStream(polyglot), 2048, Field);

        var image = result.Value ?? throw new Xunit.Sdk.XunitException(result.FirstError?.Message);
        Assert.Equal(ImageFormat.Png, image.Format);
        Assert.True(image.Content.AsSpan().StartsWith(TestImages.PngSignature));
        Assert.DoesNotContain("alert", Encoding.ASCII.GetString(image.Content));
        Assert.DoesNotContain("/*", Encoding.ASCII.GetString(image.Content.AsSpan(0, 32)));
        Assert.Equal((2048, 1), (image.Width, image.Height));
    }

    [Fact]
    public void A_photo_loses_its_gps_exif_and_is_turned_upright()
    {
        var photo = TestImages.JpegWithExif(40, 20, orientation: 6); // stored sideways: shows turned 90° clockwise
        Assert.Contains(TestImages.GpsMarker, Encoding.ASCII.GetString(photo));

        var result = _reencoder.Reencode(new MemoryStream(photo), 512, Field);

        var image = result.Value ?? throw new Xunit.Sdk.XunitException(result.FirstError?.Message);
        var text = Encoding.ASCII.GetString(image.Content);
        Assert.DoesNotContain(TestImages.GpsMarker, text);
        Assert.DoesNotContain("Exif", text);
        Assert.Equal(ImageFormat.Jpeg, image.Format);
        using var decoded = SKBitmap.Decode(image.Content);
        Assert.Equal((20, 40), (decoded.Width, decoded.Height));
        AssertMostly(SKColors.Red, decoded.GetPixel(10, 5));  // the stored left half is now on top
        AssertMostly(SKColors.Blue, decoded.GetPixel(10, 35));
    }

    [Theory]
    [InlineData("png", "image/png", "png")]
    [InlineData("jpeg", "image/jpeg", "jpg")]
    [InlineData("webp", "image/webp", "webp")]
    [InlineData("gif", "image/png", "png")]
    [InlineData("animated gif", "image/png", "png")]
    public void Keeps_each_accepted_format_and_stores_a_gif_as_a_png_of_its_first_frame(string sample, string contentType, string extension)
    {
        var bytes = sample switch
        {
            "png" => TestImages.Png(30, 20),
            "jpeg" => TestImages.Jpeg(30, 20),
            "webp" => TestImages.WebP(30, 20),
            "gif" => TestImages.Gif(30, 20),
            _ => TestImages.Gif(30, 20, frames: 3),
        };

        var result = _reencoder.Reencode(new MemoryStream(bytes), 512, Field);

        var image = result.Value ?? throw new Xunit.Sdk.XunitException(result.FirstError?.Message);
        Assert.Equal((contentType, extension), (image.Format.ContentType, image.Format.Extension));
        using var codec = SKCodec.Create(new MemoryStream(image.Content));
        Assert.Equal((30, 20), (codec.Info.Width, codec.Info.Height));
        Assert.True(codec.FrameCount <= 1, $"{codec.FrameCount} frames");
    }

    [Fact]
    public void A_transparent_png_keeps_its_transparency_and_an_opaque_one_gets_no_alpha()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(20, 20, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Transparent);
            using var red = new SKPaint { Color = SKColors.Red };
            canvas.DrawRect(10, 0, 10, 20, red);
        }
        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);

        var transparent = _reencoder.Reencode(new MemoryStream(png.ToArray()), 512, Field).Value!;
        var opaque = _reencoder.Reencode(new MemoryStream(TestImages.Png(20, 20)), 512, Field).Value!;

        using var decoded = SKBitmap.Decode(transparent.Content);
        Assert.Equal(0, decoded.GetPixel(2, 10).Alpha);
        Assert.Equal(255, decoded.GetPixel(15, 10).Alpha);
        using var codec = SKCodec.Create(new MemoryStream(opaque.Content));
        Assert.Equal(SKAlphaType.Opaque, codec.Info.AlphaType);
    }

    [Fact]
    public void Scales_a_large_image_down_to_the_longest_side_keeping_its_shape()
    {
        var result = _reencoder.Reencode(new MemoryStream(TestImages.Png(1200, 600)), 512, Field);

        Assert.Equal((512, 256), (result.Value!.Width, result.Value.Height));
        using var decoded = SKBitmap.Decode(result.Value.Content);
        Assert.Equal((512, 256), (decoded.Width, decoded.Height));
    }

    [Fact]
    public void Refuses_formats_the_site_does_not_take_even_when_skia_reads_them()
    {
        // A BMP file header (SkiaSharp decodes BMP, the site does not take it).
        byte[] bmp = [.. "BM"u8, .. BitConverter.GetBytes(54 + 8 * 8 * 3), 0, 0, 0, 0, .. BitConverter.GetBytes(54),
            .. BitConverter.GetBytes(40), .. BitConverter.GetBytes(8), .. BitConverter.GetBytes(8), 1, 0, 24, 0,
            .. new byte[24], .. new byte[8 * 8 * 3]];

        var result = _reencoder.Reencode(new MemoryStream(bmp), 512, Field);

        Assert.Equal("image.unreadable", result.FirstError?.Code);
    }

    private static void AssertMostly(SKColor expected, SKColor actual)
    {
        Assert.True(Math.Abs(expected.Red - actual.Red) < 60 && Math.Abs(expected.Blue - actual.Blue) < 60 &&
                    Math.Abs(expected.Green - actual.Green) < 60, $"expected about {expected}, got {actual}");
    }

    /// <summary>A seekable stream over bytes that counts what the decoder read.</summary>
    private sealed class CountingStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public long BytesRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count) => Count(base.Read(buffer, offset, count));
        public override int Read(Span<byte> buffer) => Count(base.Read(buffer));
        public override int ReadByte()
        {
            var b = base.ReadByte();
            if (b >= 0) BytesRead++;
            return b;
        }

        private int Count(int read)
        {
            BytesRead += read;
            return read;
        }
    }
}
