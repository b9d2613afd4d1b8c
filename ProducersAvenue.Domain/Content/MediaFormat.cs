namespace ProducersAvenue.Domain.Content;

public enum MediaKind
{
    Image,
    Video,
    Audio,
}

/// <summary>A media format recognised by its magic bytes: what to store it as and which limit applies.</summary>
public sealed record MediaFormat(MediaKind Kind, string ContentType, string Extension)
{
    public static readonly MediaFormat Png = new(MediaKind.Image, "image/png", "png");
    public static readonly MediaFormat Jpeg = new(MediaKind.Image, "image/jpeg", "jpg");
    public static readonly MediaFormat Gif = new(MediaKind.Image, "image/gif", "gif");
    public static readonly MediaFormat WebP = new(MediaKind.Image, "image/webp", "webp");
    public static readonly MediaFormat Mp4 = new(MediaKind.Video, "video/mp4", "mp4");
    public static readonly MediaFormat WebM = new(MediaKind.Video, "video/webm", "webm");
    public static readonly MediaFormat Mp3 = new(MediaKind.Audio, "audio/mpeg", "mp3");
    public static readonly MediaFormat Wav = new(MediaKind.Audio, "audio/wav", "wav");
    public static readonly MediaFormat Ogg = new(MediaKind.Audio, "audio/ogg", "ogg");
    public static readonly MediaFormat Flac = new(MediaKind.Audio, "audio/flac", "flac");

    public static IReadOnlyList<MediaFormat> All { get; } = [Png, Jpeg, Gif, WebP, Mp4, WebM, Mp3, Wav, Ogg, Flac];
}
