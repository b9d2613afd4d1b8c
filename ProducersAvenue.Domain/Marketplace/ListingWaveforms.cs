using ProducersAvenue.Domain.Content.Audio;
using ProducersAvenue.Domain.Storage;

namespace ProducersAvenue.Domain.Marketplace;

/// <summary>
/// The stored waveforms of listing audio (product previews, portfolio samples) by the files' addresses: one query for
/// all of a page's audio (<see cref="AudioWaveforms.ForKeysAsync"/>), none when it has none. An address without a
/// waveform row (a file stored before peaks were kept, or one from elsewhere) is left out: the player then draws a flat bar.
/// The storefront joins <c>audio_waveforms</c> in its own statement instead (<see cref="StorefrontQueries"/>).
/// </summary>
public sealed class ListingWaveforms(AudioWaveforms waveforms, IFileStorage storage)
{
    public async Task<IReadOnlyDictionary<string, Waveform>> ForUrlsAsync(IEnumerable<string?> urls, CancellationToken cancellationToken = default)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var url in urls)
            if (url is not null && ListingAudio.IsAudioUrl(url) && storage.KeyFromUrl(url) is { } key) keys[url] = key;
        if (keys.Count == 0) return new Dictionary<string, Waveform>();
        var found = await waveforms.ForKeysAsync(keys.Values, cancellationToken);
        return keys.Where(k => found.ContainsKey(k.Value)).ToDictionary(k => k.Key, k => found[k.Value], StringComparer.Ordinal);
    }
}
