using ProducersAvenue.Domain.Storage;

namespace ProducersAvenue.Domain.Content.Audio;

/// <summary>An audio upload as <see cref="AudioStore"/> kept it: the stored file and its waveform.</summary>
public sealed record StoredAudio(StoredFile File, Waveform Waveform);
