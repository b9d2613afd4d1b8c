using System.Globalization;
using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Content;

/// <summary>Expected failures of media uploads (docs/decisions/018: codes <c>media.*</c>, PascalCase field keys).</summary>
public static class ContentErrors
{
    public const string MediaField = "Media";

    public static readonly Error MediaEmpty = new("media.empty", "The file is empty.", MediaField);

    public static readonly Error MediaUnsupported = new("media.unsupported",
        "This file type is not supported. Upload a PNG, JPEG, GIF or WebP image, an MP4 or WebM video, or an MP3, WAV, Ogg or FLAC audio file.", MediaField);

    public static readonly Error VideoMalformed = new("media.video_malformed",
        "This video could not be read: it is not a complete MP4 or WebM file. Export it again and retry.", MediaField);

    public static readonly Error AudioUndecodable = new("media.audio_undecodable",
        "This audio file could not be read: it is not a complete MP3, WAV, Ogg Vorbis or FLAC file. Export it again and retry.", MediaField);

    public static Error AudioTooLong(int minutes) => new("media.audio_too_long",
        $"Audio can be up to {Counted.Of(minutes, "minute")} long.", MediaField);

    public static Error MediaTooLarge(MediaKind kind, long limitBytes) => new("media.too_large",
        $"{kind switch { MediaKind.Image => "Images", MediaKind.Video => "Videos", _ => "Audio files" }} can be up to {FormatSize(limitBytes)}.", MediaField);

    /// <summary>10485760 → "10 MB", 1572864 → "1.5 MB", 524288 → "512 KB".</summary>
    public static string FormatSize(long bytes)
    {
        const double kb = 1024, mb = 1024 * 1024;
        return bytes >= mb
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes / mb:0.#} MB")
            : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, Math.Round(bytes / kb)):0} KB");
    }
}
