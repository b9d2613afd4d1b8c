namespace ProducersAvenue.Domain.Content;

/// <summary>Limits for media attached to posts; configuration section <c>Media</c>.</summary>
public sealed class MediaOptions
{
    public const string Section = "Media";

    public long MaxImageBytes { get; set; } = 10L * 1024 * 1024;
    public long MaxVideoBytes { get; set; } = 100L * 1024 * 1024;
    public long MaxAudioBytes { get; set; } = 50L * 1024 * 1024;
    /// <summary>Longer audio is refused while it is decoded (a small, highly compressed file can hold hours).</summary>
    public int MaxAudioMinutes { get; set; } = 30;
}
