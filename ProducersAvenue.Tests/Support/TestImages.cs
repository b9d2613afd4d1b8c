using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace ProducersAvenue.Tests.Support;

/// <summary>
/// Small images made in code (no files in the repository), for upload tests: valid ones of every accepted format, and the
/// hostile ones of issue 6 item 8 that only look like images by their first bytes.
/// </summary>
public static class TestImages
{
    public static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>A JPEG whose left half is red and right half blue.</summary>
    public static byte[] Jpeg(int width, int height) => Encode(width, height, SKEncodedImageFormat.Jpeg);

    /// <summary>A WebP whose left half is red and right half blue.</summary>
    public static byte[] WebP(int width, int height) => Encode(width, height, SKEncodedImageFormat.Webp);

    private static byte[] Encode(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Blue);
            using var red = new SKPaint { Color = SKColors.Red };
            canvas.DrawRect(0, 0, width / 2f, height, red);
        }
        using var data = bitmap.Encode(format, 95);
        return data.ToArray();
    }

    /// <summary>The GPS latitude reference and a marker string written into <see cref="JpegWithExif"/>'s GPS block.</summary>
    public const string GpsMarker = "GPS-SECRET-HOME";

    /// <summary>
    /// A camera-style photo: <see cref="Jpeg"/> with an EXIF block (APP1) holding an orientation and a GPS position
    /// (latitude 38° 53′ 24.36″ N, plus <see cref="GpsMarker"/> as GPSAreaInformation).
    /// </summary>
    public static byte[] JpegWithExif(int width, int height, ushort orientation)
    {
        var jpeg = Jpeg(width, height);
        var tiff = new MemoryStream();
        void U16(int v) { Span<byte> b = stackalloc byte[2]; BinaryPrimitives.WriteUInt16BigEndian(b, (ushort)v); tiff.Write(b); }
        void U32(long v) { Span<byte> b = stackalloc byte[4]; BinaryPrimitives.WriteUInt32BigEndian(b, (uint)v); tiff.Write(b); }
        void Entry(int tag, int type, long count, long value) { U16(tag); U16(type); U32(count); U32(value); }

        var area = Encoding.ASCII.GetBytes(GpsMarker);
        const int ifd0 = 8, ifd0Size = 2 + 2 * 12 + 4, gps = ifd0 + ifd0Size, gpsSize = 2 + 4 * 12 + 4;
        const int latitude = gps + gpsSize, areaData = latitude + 24;
        tiff.Write("MM"u8);
        U16(42);
        U32(ifd0);
        U16(2);
        Entry(0x0112, 3, 1, (long)orientation << 16); // Orientation, SHORT left-aligned in the value field
        Entry(0x8825, 4, 1, gps);                      // GPSInfo IFD pointer
        U32(0);
        U16(4);
        Entry(0x0000, 1, 4, 0x02020000);               // GPSVersionID 2.2.0.0
        Entry(0x0001, 2, 2, 0x4E000000);               // GPSLatitudeRef "N"
        Entry(0x0002, 5, 3, latitude);                 // GPSLatitude, three RATIONALs
        Entry(0x001C, 7, area.Length, areaData);       // GPSAreaInformation
        U32(0);
        foreach (var (num, den) in new[] { (38, 1), (53, 1), (2436, 100) }) { U32(num); U32(den); }
        tiff.Write(area);

        byte[] app1Body = [.. "Exif\0\0"u8, .. tiff.ToArray()];
        var segment = new byte[4 + app1Body.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(2 + app1Body.Length));
        app1Body.CopyTo(segment, 4);
        return [.. jpeg[..2], .. segment, .. jpeg[2..]]; // right after SOI
    }

    /// <summary>
    /// A GIF89a of <paramref name="frames"/> frames (an animation when more than one), 128 grey levels; frame n is
    /// lighter by n steps. LZW data uses 8-bit codes with a clear code every 100 pixels, so no compression is needed.
    /// </summary>
    public static byte[] Gif(int width, int height, int frames = 1) => GifWith(width, height, frames, header: null, trailer: []);

    /// <summary>
    /// A real, decodable GIF that is also a script: its width bytes read <c>/*</c>, opening a comment that the bytes after
    /// the GIF trailer close before <c>alert(document.domain)</c>. Served as-is it runs as JavaScript from a script tag.
    /// </summary>
    public static byte[] GifPolyglot() =>
        GifWith(0x2A2F, 1, 1, header: [.. "GIF89a/*"u8], trailer: [.. "*/=1;alert(document.domain);//"u8]);

    private static byte[] GifWith(int width, int height, int frames, byte[]? header, byte[] trailer)
    {
        var gif = new MemoryStream();
        if (header is null)
        {
            gif.Write("GIF89a"u8);
            gif.Write(BitConverter.GetBytes((ushort)width));
        }
        else gif.Write(header);
        gif.Write(BitConverter.GetBytes((ushort)height));
        gif.Write([0xF6, 0, 0]); // global colour table of 128 entries, 7 bits
        for (var i = 0; i < 128; i++) gif.Write([(byte)(i * 2), (byte)(i * 2), (byte)(i * 2)]);
        if (frames > 1) gif.Write([0x21, 0xFF, 0x0B, .. "NETSCAPE2.0"u8, 3, 1, 0, 0, 0]); // loop forever
        for (var f = 0; f < frames; f++)
        {
            gif.Write([0x21, 0xF9, 4, 0x04, 10, 0, 0, 0]); // 100 ms, keep the frame
            gif.Write([0x2C, 0, 0, 0, 0]);
            gif.Write(BitConverter.GetBytes((ushort)width));
            gif.Write(BitConverter.GetBytes((ushort)height));
            gif.Write([0, 7]); // no local table; LZW minimum code size 7
            var codes = new List<byte> { 0x80 };
            for (var p = 0; p < width * height; p++)
            {
                if (p > 0 && p % 100 == 0) codes.Add(0x80);
                codes.Add((byte)((p % Math.Max(1, width) * 100 / Math.Max(1, width) + f * 10) % 128));
            }
            codes.Add(0x81);
            foreach (var block in codes.Chunk(255))
            {
                gif.WriteByte((byte)block.Length);
                gif.Write(block);
            }
            gif.WriteByte(0);
        }
        gif.WriteByte(0x3B);
        gif.Write(trailer);
        return gif.ToArray();
    }

    /// <summary>A PNG signature followed by an HTML page.</summary>
    public static byte[] PngFollowedByHtml() =>
        [.. PngSignature, .. "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"u8];

    /// <summary>A well-formed PNG header claiming <paramref name="width"/> × <paramref name="height"/> pixels (a decompression bomb's first bytes), then <paramref name="dataBytes"/> of compressed zeros.</summary>
    public static byte[] PngClaiming(int width, int height, int dataBytes = 1024)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 2;
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.NoCompression, leaveOpen: true)) zlib.Write(new byte[dataBytes]);
        using var png = new MemoryStream();
        png.Write(PngSignature);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A PNG with a valid header and an IDAT chunk (with a correct CRC) full of random bytes instead of zlib data.</summary>
    public static byte[] PngWithGarbagePixels(int width, int height)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 2;
        var garbage = new byte[width * height];
        new Random(8).NextBytes(garbage);
        using var png = new MemoryStream();
        png.Write(PngSignature);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", garbage);
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>JPEG magic bytes (SOI and an APP0 marker) followed by a script.</summary>
    public static byte[] JpegMagicWithScript() =>
        [0xFF, 0xD8, 0xFF, 0xE0, .. "<script>fetch('/Account/Manage').then(r=>r.text()).then(alert)</script>"u8];

    /// <summary>An RGB PNG with a diagonal gradient of the given size.</summary>
    public static byte[] Png(int width, int height)
    {
        var raw = new byte[height * (1 + width * 3)];
        for (var y = 0; y < height; y++)
        {
            var row = y * (1 + width * 3);
            for (var x = 0; x < width; x++)
            {
                raw[row + 1 + x * 3] = (byte)(40 + 200 * x / Math.Max(1, width - 1));
                raw[row + 2 + x * 3] = (byte)(30 + 120 * y / Math.Max(1, height - 1));
                raw[row + 3 + x * 3] = 180;
            }
        }
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true)) zlib.Write(raw);

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type RGB
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        png.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
