using System.Buffers.Binary;

namespace ProducersAvenue.Domain.Content;

/// <summary>
/// Checks the container structure of an uploaded video from its first byte to its last, beyond the magic bytes of
/// <see cref="MediaUploadRules"/>: an MP4 must be a chain of ISO-BMFF boxes that exactly fills the file, starting with
/// <c>ftyp</c> and holding a <c>moov</c> with a <c>trak</c> and media data (<c>mdat</c> or <c>moof</c>); a WebM must be an
/// EBML header followed by a Segment whose top-level elements are the known Matroska ones, with Info and Tracks before
/// the first Cluster. Frames are not decoded (no video decoder is shipped; see decision 052): bytes appended to a real
/// file, a magic-bytes prefix on anything else and truncated files are refused. <see cref="BlankMetadata"/> then removes an
/// MP4's metadata (location) without moving its media data.
/// </summary>
public static class VideoContainer
{
    private const int MaxElements = 100_000;

    /// <param name="content">A seekable stream holding the whole file.</param>
    public static bool IsWellFormed(Stream content, MediaFormat format, long length)
    {
        if (!content.CanSeek || length <= 0) return false;
        try
        {
            if (format == MediaFormat.Mp4) return IsWellFormedMp4(content, length);
            if (format == MediaFormat.WebM) return IsWellFormedWebM(content, length);
            return false;
        }
        catch (EndOfStreamException)
        {
            return false;
        }
    }

    /// <summary>
    /// Blanks the metadata boxes of a well-formed MP4 in place: every <c>udta</c> and <c>meta</c> box in <c>moov</c> and
    /// its tracks (where phones keep the recording's location, e.g. <c>©xyz</c>) becomes a zero-filled <c>free</c> box of
    /// the same size, so no offset into the media data moves. Other formats are left as they are.
    /// </summary>
    /// <param name="content">A seekable, writable stream holding the whole file, already passed by <see cref="IsWellFormed"/>.</param>
    /// <returns>How many boxes were blanked.</returns>
    public static int BlankMetadata(Stream content, MediaFormat format, long length)
    {
        if (format != MediaFormat.Mp4) return 0;
        var blanks = new List<(long Start, long End)>();
        foreach (var box in Boxes(content, 0, length).Where(b => b.Type == "moov").ToList())
        {
            foreach (var child in Boxes(content, box.Start + box.HeaderLength, box.End).ToList())
            {
                if (child.Type is "udta" or "meta") blanks.Add((child.Start, child.End));
                if (child.Type != "trak") continue;
                blanks.AddRange(Boxes(content, child.Start + child.HeaderLength, child.End)
                    .Where(b => b.Type is "udta" or "meta").Select(b => (b.Start, b.End)));
            }
        }
        var zeros = new byte[81920];
        foreach (var (start, end) in blanks)
        {
            var headerLength = end - start >= 16 && ReadUInt32At(content, start) == 1 ? 16 : 8; // keep a 64-bit size
            content.Position = start + 4;
            content.Write("free"u8);
            content.Position = start + headerLength;
            for (var left = end - content.Position; left > 0; left -= zeros.Length)
                content.Write(zeros, 0, (int)Math.Min(left, zeros.Length));
        }
        content.Flush();
        return blanks.Count;
    }

    private static uint ReadUInt32At(Stream content, long position)
    {
        var bytes = new byte[4];
        content.Position = position;
        content.ReadExactly(bytes);
        return BinaryPrimitives.ReadUInt32BigEndian(bytes);
    }

    private static bool IsWellFormedMp4(Stream content, long length)
    {
        bool moov = false, media = false;
        var count = 0;
        foreach (var (type, start, end, headerLength) in Boxes(content, 0, length))
        {
            if (type is null || ++count > MaxElements) return false;
            if (count == 1 && type != "ftyp") return false;
            if (type == "moov")
            {
                var tracks = 0;
                foreach (var child in Boxes(content, start + headerLength, end))
                {
                    if (child.Type is null) return false;
                    if (child.Type == "trak") tracks++;
                }
                moov = tracks > 0;
                if (!moov) return false;
            }
            media |= type is "mdat" or "moof";
        }
        return moov && media;
    }

    /// <summary>The boxes from <paramref name="from"/> to <paramref name="to"/>; a null type ends the walk as malformed.</summary>
    private static IEnumerable<(string? Type, long Start, long End, int HeaderLength)> Boxes(Stream content, long from, long to)
    {
        var header = new byte[16];
        var position = from;
        while (position < to)
        {
            if (to - position < 8) { yield return (null, position, to, 0); yield break; }
            content.Position = position;
            content.ReadExactly(header, 0, 8);
            long size = BinaryPrimitives.ReadUInt32BigEndian(header);
            var headerLength = 8;
            if (size == 1)
            {
                if (to - position < 16) { yield return (null, position, to, 0); yield break; }
                content.ReadExactly(header, 8, 8);
                size = (long)BinaryPrimitives.ReadUInt64BigEndian(header.AsSpan(8));
                headerLength = 16;
            }
            else if (size == 0)
            {
                size = to - position; // the last box runs to the end
            }
            var printable = header.AsSpan(4, 4).IndexOfAnyExceptInRange((byte)0x20, (byte)0x7E) < 0;
            if (!printable || size < headerLength || size > to - position) { yield return (null, position, to, 0); yield break; }
            yield return (System.Text.Encoding.ASCII.GetString(header, 4, 4), position, position + size, headerLength);
            position += size;
        }
    }

    private const uint EbmlHeaderId = 0x1A45DFA3, SegmentId = 0x18538067, ClusterId = 0x1F43B675;
    private const uint InfoId = 0x1549A966, TracksId = 0x1654AE6B;

    /// <summary>Top-level elements of a Matroska Segment: SeekHead, Info, Tracks, Cluster, Cues, Tags, Chapters, Attachments, Void, CRC-32.</summary>
    private static readonly HashSet<uint> SegmentChildren =
        [0x114D9B74, InfoId, TracksId, ClusterId, 0x1C53BB6B, 0x1254C367, 0x1043A770, 0x1941A469, 0xEC, 0xBF];

    private static bool IsWellFormedWebM(Stream content, long length)
    {
        content.Position = 0;
        if (ReadId(content) != EbmlHeaderId || ReadSize(content) is not { } headerSize) return false;
        var position = content.Position + headerSize;
        if (position >= length) return false;
        content.Position = position;
        if (ReadId(content) != SegmentId) return false;
        var segmentSize = ReadSize(content);
        var segmentEnd = segmentSize is { } known ? content.Position + known : length;
        if (segmentEnd != length) return false; // cut short, or bytes appended after the video

        bool info = false, tracks = false;
        position = content.Position;
        for (var count = 0; position < segmentEnd; count++)
        {
            if (count > MaxElements) return false;
            content.Position = position;
            var id = ReadId(content);
            if (id is not { } element || !SegmentChildren.Contains(element)) return false;
            var size = ReadSize(content);
            if (element == ClusterId && !(info && tracks)) return false;
            // A live recording (a browser's MediaRecorder) writes clusters of unknown size: the headers before are checked.
            if (size is null) return element == ClusterId;
            position = content.Position + size.Value;
            if (position > segmentEnd) return false;
            info |= element == InfoId;
            tracks |= element == TracksId;
        }
        return info && tracks && position == segmentEnd;
    }

    /// <summary>An EBML element ID (1–4 bytes, marker bit kept), or null when the first byte cannot start one.</summary>
    private static uint? ReadId(Stream content)
    {
        var first = content.ReadByte();
        if (first <= 0) return null;
        var length = System.Numerics.BitOperations.LeadingZeroCount((uint)first) - 24 + 1;
        if (length > 4) return null;
        var id = (uint)first;
        for (var i = 1; i < length; i++) id = (id << 8) | ReadByte(content);
        return id;
    }

    /// <summary>An EBML data size (1–8 bytes); null for "unknown" (all value bits set). Throws at the end of the stream.</summary>
    private static long? ReadSize(Stream content)
    {
        var first = ReadByte(content);
        if (first == 0) throw new EndOfStreamException("An EBML size longer than 8 bytes.");
        var length = System.Numerics.BitOperations.LeadingZeroCount(first) - 24 + 1;
        long value = first & (0xFF >> length);
        var allOnes = value == (0xFF >> length);
        for (var i = 1; i < length; i++)
        {
            var next = ReadByte(content);
            value = (value << 8) | next;
            allOnes &= next == 0xFF;
        }
        return allOnes ? null : value;
    }

    private static uint ReadByte(Stream content) =>
        content.ReadByte() is var b and >= 0 ? (uint)b : throw new EndOfStreamException();
}
