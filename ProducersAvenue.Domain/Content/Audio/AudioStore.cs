using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Storage;

namespace ProducersAvenue.Domain.Content.Audio;

/// <summary>
/// The one path by which uploaded audio is kept (decision 130): decoded whole by <see cref="AudioDecoder"/> (what does not
/// decode is refused), stored as uploaded, and its waveform recorded under the file's storage key
/// (<see cref="AudioWaveforms"/>). Post media, product previews and service portfolio samples all store audio here, so a
/// listing's preview has peaks exactly as an audio post does.
/// </summary>
public sealed class AudioStore(IFileStorage storage, AudioDecoder decoder, AudioWaveforms waveforms)
{
    /// <param name="buffer">A seekable stream of the whole upload, already checked to be <paramref name="format"/> by its bytes.</param>
    /// <param name="folder">The storage folder; its second segment must be the current member's id (the waveform row's policy).</param>
    /// <param name="field">The form field a refusal is shown at.</param>
    public async Task<Result<StoredAudio>> SaveAsync(Stream buffer, MediaFormat format, long length, string folder, string field,
        CancellationToken cancellationToken = default)
    {
        var decoded = decoder.Decode(buffer, format, length);
        if (decoded.Value is not { } waveform) return Result<StoredAudio>.Fail([.. decoded.Errors.Select(e => e with { Field = field })]);
        buffer.Position = 0;
        var stored = await storage.SaveAsync(folder, format.Extension, format.ContentType, buffer, cancellationToken);
        var saved = await waveforms.SaveAsync(stored.Key, waveform, cancellationToken);
        if (!saved.Succeeded)
        {
            await storage.DeleteAsync(stored.Key, CancellationToken.None);
            return Result<StoredAudio>.Fail(saved.Errors);
        }
        return new StoredAudio(stored, waveform);
    }
}
