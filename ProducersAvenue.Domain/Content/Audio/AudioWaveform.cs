using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Content.Audio;

/// <summary>
/// <c>audio_waveforms</c>: the peaks and length of an uploaded audio file, found by the file's storage key (a post's
/// audio today, a product's preview later). Written once, at upload, by the member whose folder the key is in; public to
/// read. Not in the schema document: decision 130.
/// </summary>
public class AudioWaveform : IHasCreatedAt
{
    public const int FileKeyMaxLength = 500;

    public string FileKey { get; set; } = "";
    public Guid UserId { get; set; }
    public int DurationMs { get; set; }
    /// <summary><see cref="WaveformPeaks.Count"/> bytes, or none for audio that was only checked (FLAC).</summary>
    public byte[] Peaks { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
}
