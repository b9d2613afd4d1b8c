namespace ProducersAvenue.Domain.Content.Audio;

/// <summary>
/// What a waveform player needs of an audio file: its length and <see cref="WaveformPeaks.Count"/> peaks (0–255, the
/// loudest moment of each slice, scaled to the file's loudest). <see cref="Peaks"/> is empty when the file was only
/// checked, not decoded (FLAC, decision 130): the player then draws a flat bar.
/// </summary>
public sealed record Waveform(int DurationMs, byte[] Peaks)
{
    public bool HasPeaks => Peaks.Length > 0;
}
