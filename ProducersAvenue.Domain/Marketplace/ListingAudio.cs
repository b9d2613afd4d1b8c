using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Content.Audio;

namespace ProducersAvenue.Domain.Marketplace;

/// <summary>
/// The audio a listing plays (a product's preview, a service's portfolio samples): MP3, WAV and Ogg Vorbis as
/// <see cref="AudioSignature"/> (the one audio rule) recognises them, stored with that <see cref="MediaFormat"/>'s extension
/// and content type. These are the formats every browser plays and <see cref="AudioDecoder"/> draws peaks for; FLAC
/// (no peaks, decision 130) may be a product file but not a preview.
/// </summary>
public static class ListingAudio
{
    public static IReadOnlyList<MediaFormat> Formats { get; } = [MediaFormat.Mp3, MediaFormat.Wav, MediaFormat.Ogg];

    /// <summary>The listing audio format of <paramref name="header"/> (a file's first <see cref="AudioSignature.HeaderLength"/> bytes), or null.</summary>
    public static MediaFormat? Detect(ReadOnlySpan<byte> header) =>
        AudioSignature.Detect(header) is { } format && Formats.Contains(format) ? format : null;

    /// <summary>Whether a stored listing file's address is audio, by the extension the server gave it from its bytes.</summary>
    public static bool IsAudioUrl(string url) =>
        Formats.Any(f => url.EndsWith("." + f.Extension, StringComparison.OrdinalIgnoreCase));
}
