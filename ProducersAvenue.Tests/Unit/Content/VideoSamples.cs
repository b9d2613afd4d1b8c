using System.Buffers.Binary;
using System.Text;

namespace ProducersAvenue.Tests.Unit.Content;

/// <summary>Whole (tiny) video containers made in code: the structure a real MP4 or WebM has, without real frames.</summary>
internal static class VideoSamples
{
    /// <summary>The ISO 6709 location a phone writes into an MP4 (<c>©xyz</c>), as <see cref="Mp4"/> carries it when asked.</summary>
    public const string Location = "+38.8898-077.0090/";

    /// <summary>
    /// ftyp, then moov (mvhd, trak), then mdat: the box chain of a progressive MP4. With a location, moov and the track
    /// each carry a <c>udta</c> box with a <c>©xyz</c> entry, as Android phones write it.
    /// </summary>
    public static byte[] Mp4(bool withLocation = false)
    {
        byte[] udta = withLocation ? Box("udta", Box("\u00A9xyz", [0, 18, 0x15, 0xC7, .. Encoding.ASCII.GetBytes(Location)])) : [];
        byte[] mdat = new byte[256];
        mdat.AsSpan().Fill(0x5A);
        return [.. Box("ftyp", [.. "isom"u8, 0, 0, 2, 0, .. "isommp41"u8]),
                .. Box("moov", [.. Box("mvhd", new byte[100]), .. Box("trak", [.. Box("tkhd", new byte[84]), .. udta]), .. udta]),
                .. Box("mdat", mdat)];
    }

    /// <summary>An EBML header (DocType webm), then a Segment of known size with Info, Tracks and one Cluster.</summary>
    public static byte[] WebM(bool unknownSizes = false)
    {
        byte[] info = Element([0x15, 0x49, 0xA9, 0x66], [0x2A, 0xD7, 0xB1, 0x83, 0x0F, 0x42, 0x40]);
        byte[] tracks = Element([0x16, 0x54, 0xAE, 0x6B], Element([0xAE], [0xD7, 0x81, 0x01, 0x83, 0x81, 0x01]));
        byte[] cluster = unknownSizes
            ? [0x1F, 0x43, 0xB6, 0x75, 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xE7, 0x81, 0x00, 0xA3, 0x84, 0x81, 0, 0, 0x80]
            : Element([0x1F, 0x43, 0xB6, 0x75], [0xE7, 0x81, 0x00, 0xA3, 0x84, 0x81, 0, 0, 0x80]);
        byte[] body = [.. info, .. tracks, .. cluster];
        byte[] segment = unknownSizes
            ? [0x18, 0x53, 0x80, 0x67, 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, .. body]
            : Element([0x18, 0x53, 0x80, 0x67], body);
        return [.. EbmlHeader, .. segment];
    }

    private static readonly byte[] EbmlHeader = Element([0x1A, 0x45, 0xDF, 0xA3],
        [0x42, 0x86, 0x81, 0x01, 0x42, 0xF7, 0x81, 0x01, 0x42, 0x82, 0x84, .. "webm"u8, 0x42, 0x87, 0x81, 0x04]);

    private static byte[] Box(string type, byte[] body)
    {
        var box = new byte[8 + body.Length];
        BinaryPrimitives.WriteUInt32BigEndian(box, (uint)box.Length);
        Encoding.Latin1.GetBytes(type).CopyTo(box, 4);
        body.CopyTo(box, 8);
        return box;
    }

    /// <summary>An EBML element with an 8-byte size.</summary>
    private static byte[] Element(byte[] id, byte[] body)
    {
        var size = new byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(size, (ulong)body.Length);
        size[0] = 0x01;
        return [.. id, .. size, .. body];
    }
}
