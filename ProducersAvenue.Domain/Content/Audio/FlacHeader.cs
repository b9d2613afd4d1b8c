using System.Buffers.Binary;

namespace ProducersAvenue.Domain.Content.Audio;

/// <summary>
/// Checks a FLAC file's structure without decoding it (no managed FLAC decoder is served here; decision 130): the
/// <c>fLaC</c> marker, a STREAMINFO block first with a sample rate, a channel count and a total number of samples,
/// metadata blocks that chain inside the file up to the one marked last, and a frame sync right after them. The
/// duration comes from STREAMINFO; the frames themselves are not checked (the browser decodes them).
/// </summary>
public static class FlacHeader
{
    private const int StreamInfoLength = 34;

    /// <returns>The duration, or null when the structure does not hold.</returns>
    public static TimeSpan? ReadDuration(Stream content, long length)
    {
        Span<byte> head = stackalloc byte[4];
        content.Position = 0;
        if (!Fill(content, head) || !head.SequenceEqual("fLaC"u8)) return null;

        TimeSpan? duration = null;
        var first = true;
        while (true)
        {
            if (!Fill(content, head)) return null;
            var last = (head[0] & 0x80) != 0;
            var type = head[0] & 0x7F;
            var size = (head[1] << 16) | (head[2] << 8) | head[3];
            if (type == 127 || content.Position + size > length) return null;
            if (first != (type == 0)) return null; // STREAMINFO first, and only there
            if (first)
            {
                if (size != StreamInfoLength) return null;
                var info = new byte[StreamInfoLength];
                if (!Fill(content, info)) return null;
                duration = Duration(info);
                if (duration is null) return null;
            }
            else
            {
                content.Position += size;
            }
            first = false;
            if (last) break;
        }

        Span<byte> sync = stackalloc byte[2];
        if (!Fill(content, sync)) return null;
        return sync[0] == 0xFF && (sync[1] & 0xFE) == 0xF8 ? duration : null;
    }

    /// <summary>STREAMINFO: sample rate (20 bits), channels − 1 (3), bits per sample − 1 (5), total samples (36) from byte 10.</summary>
    private static TimeSpan? Duration(ReadOnlySpan<byte> info)
    {
        var packed = BinaryPrimitives.ReadUInt64BigEndian(info[10..18]);
        var sampleRate = (int)(packed >> 44);
        var totalSamples = (long)(packed & 0xF_FFFF_FFFFUL);
        if (sampleRate is 0 or > 655350 || totalSamples == 0) return null;
        return TimeSpan.FromSeconds((double)totalSamples / sampleRate);
    }

    private static bool Fill(Stream content, Span<byte> buffer)
    {
        var filled = 0;
        while (filled < buffer.Length)
        {
            var read = content.Read(buffer[filled..]);
            if (read == 0) return false;
            filled += read;
        }
        return true;
    }
}
