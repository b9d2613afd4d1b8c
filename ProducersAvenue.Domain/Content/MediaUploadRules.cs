using System.Buffers.Binary;
using System.Text;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Content;

/// <summary>
/// Which files members may attach to posts: PNG, JPEG, GIF and WebP images, MP4 and WebM videos and MP3, WAV, Ogg and
/// FLAC audio, recognised by their
/// magic bytes (the file name and the browser's content type are ignored), each kind with its size limit from
/// <see cref="MediaOptions"/>. Store the file with the returned <see cref="MediaFormat"/>'s content type and extension.
/// Also give <see cref="MaxUploadBytes"/> to the upload stream (e.g. <c>IBrowserFile.OpenReadStream</c>) so a lying
/// size cannot push more bytes through.
/// </summary>
public sealed class MediaUploadRules(IOptions<MediaOptions> options)
{
    /// <summary>How many leading bytes <see cref="Check(ReadOnlySpan{byte}, long)"/> needs to recognise every format.</summary>
    public const int HeaderLength = 64;

    private static readonly string[] Mp4Brands =
        ["isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V ", "M4VP", "M4VH", "dash", "mmp4", "MSNV", "f4v "];

    public long MaxUploadBytes => Math.Max(Math.Max(options.Value.MaxImageBytes, options.Value.MaxVideoBytes), options.Value.MaxAudioBytes);

    public long MaxBytesFor(MediaKind kind) => kind switch
    {
        MediaKind.Image => options.Value.MaxImageBytes,
        MediaKind.Video => options.Value.MaxVideoBytes,
        _ => options.Value.MaxAudioBytes,
    };

    /// <param name="header">The first <see cref="HeaderLength"/> bytes of the file (fewer if the file is shorter).</param>
    /// <param name="length">The whole file's size in bytes.</param>
    public Result<MediaFormat> Check(ReadOnlySpan<byte> header, long length)
    {
        if (length <= 0 || header.IsEmpty) return ContentErrors.MediaEmpty;
        if (Detect(header) is not { } format) return ContentErrors.MediaUnsupported;
        var limit = MaxBytesFor(format.Kind);
        if (length > limit) return ContentErrors.MediaTooLarge(format.Kind, limit);
        return format;
    }

    /// <summary>Reads the header from <paramref name="content"/>; a seekable stream is put back where it was.</summary>
    public async Task<Result<MediaFormat>> CheckAsync(Stream content, long length, CancellationToken cancellationToken = default)
    {
        var start = content.CanSeek ? content.Position : 0;
        var header = new byte[HeaderLength];
        var filled = 0;
        while (filled < header.Length)
        {
            var read = await content.ReadAsync(header.AsMemory(filled), cancellationToken);
            if (read == 0) break;
            filled += read;
        }
        if (content.CanSeek) content.Position = start;
        return Check(header.AsSpan(0, filled), length);
    }

    /// <summary>The format the bytes really are, or null when it is none of the allowed ones.</summary>
    public static MediaFormat? Detect(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return MediaFormat.Png;
        if (header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return MediaFormat.Jpeg;
        if (header.StartsWith("GIF87a"u8) || header.StartsWith("GIF89a"u8)) return MediaFormat.Gif;
        if (header.Length >= 12 && header.StartsWith("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8)) return MediaFormat.WebP;
        if (IsMp4(header)) return MediaFormat.Mp4;
        if (IsWebM(header)) return MediaFormat.WebM;
        return Audio.AudioSignature.Detect(header);
    }

    /// <summary>An ISO-BMFF <c>ftyp</c> box first, with an MP4 video major brand (not HEIC/AVIF images, not QuickTime).</summary>
    private static bool IsMp4(ReadOnlySpan<byte> header)
    {
        if (header.Length < 12 || !header[4..8].SequenceEqual("ftyp"u8)) return false;
        if (BinaryPrimitives.ReadUInt32BigEndian(header) < 16) return false;
        var brand = Encoding.ASCII.GetString(header[8..12]);
        return Mp4Brands.Contains(brand);
    }

    /// <summary>An EBML header whose DocType element (0x4282) says "webm" (plain Matroska is refused).</summary>
    private static bool IsWebM(ReadOnlySpan<byte> header)
    {
        if (!header.StartsWith((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3])) return false;
        for (var i = 4; i + 2 < header.Length; i++)
        {
            if (header[i] != 0x42 || header[i + 1] != 0x82) continue;
            if (!TryReadVint(header[(i + 2)..], out var size, out var sizeLength)) return false;
            var start = i + 2 + sizeLength;
            return size == 4 && start + 4 <= header.Length && header[start..(start + 4)].SequenceEqual("webm"u8);
        }
        return false;
    }

    /// <summary>An EBML variable-length integer: the count of leading zero bits of the first byte gives its length.</summary>
    private static bool TryReadVint(ReadOnlySpan<byte> bytes, out long value, out int length)
    {
        value = 0;
        length = 0;
        if (bytes.IsEmpty || bytes[0] == 0) return false;
        length = System.Numerics.BitOperations.LeadingZeroCount((uint)bytes[0]) - 24 + 1;
        if (bytes.Length < length) return false;
        value = bytes[0] & (0xFF >> length);
        for (var i = 1; i < length; i++) value = (value << 8) | bytes[i];
        return true;
    }
}
