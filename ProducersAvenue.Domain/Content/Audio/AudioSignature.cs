namespace ProducersAvenue.Domain.Content.Audio;

/// <summary>
/// The one rule for what audio a byte stream is (decision 019): MP3, WAV, Ogg Vorbis and FLAC by their first bytes, never
/// by a name or a content type. Post media (<see cref="MediaUploadRules"/>), listing audio
/// (<c>Marketplace/ListingAudio</c>: product previews, portfolio samples) and audio product files all ask it. Only the
/// start is judged here; the whole file must still decode (<see cref="AudioDecoder"/>) before it is stored.
/// </summary>
public static class AudioSignature
{
    /// <summary>How many leading bytes <see cref="Detect"/> needs (an Ogg file's Vorbis header starts at byte 28).</summary>
    public const int HeaderLength = 64;

    public static MediaFormat? Detect(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith("fLaC"u8)) return MediaFormat.Flac;
        if (header.StartsWith("OggS"u8)) return header.IndexOf("\u0001vorbis"u8) > 0 ? MediaFormat.Ogg : null;
        if (header.Length >= 12 && header.StartsWith("RIFF"u8) && header[8..12].SequenceEqual("WAVE"u8)) return MediaFormat.Wav;
        if (header.StartsWith("ID3"u8) && header.Length >= 10 && header[3] is >= 2 and <= 4) return MediaFormat.Mp3;
        return IsMpegFrameHeader(header) ? MediaFormat.Mp3 : null;
    }

    /// <summary>
    /// An MPEG audio frame header: 11 sync bits, a version and a layer that exist, a bitrate that is neither "free" nor
    /// "bad", and a sample rate that exists. (AAC's ADTS has layer bits 00 and is refused; a JPEG's FF D8 has no sync.)
    /// </summary>
    private static bool IsMpegFrameHeader(ReadOnlySpan<byte> h)
    {
        if (h.Length < 4 || h[0] != 0xFF || (h[1] & 0xE0) != 0xE0) return false;
        var version = (h[1] >> 3) & 0b11;
        var layer = (h[1] >> 1) & 0b11;
        var bitrate = h[2] >> 4;
        var sampleRate = (h[2] >> 2) & 0b11;
        return version != 0b01 && layer != 0 && bitrate is not (0 or 0xF) && sampleRate != 0b11;
    }
}
