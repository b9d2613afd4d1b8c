using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Content.Audio;
using ProducersAvenue.Domain.Storage;

namespace ProducersAvenue.Domain.Social;

/// <summary>
/// Gives the audio posts of a page their stored waveform (<see cref="PostView.Waveform"/>): one query by the files' keys,
/// and none for a page without audio. A post whose file has no waveform row keeps null (the player then draws a flat bar).
/// </summary>
public sealed class PostWaveforms(AudioWaveforms waveforms, IFileStorage storage)
{
    public async Task<KeysetPage<PostView>> AttachAsync(KeysetPage<PostView> page, CancellationToken cancellationToken = default) =>
        page with { Items = await AttachAsync(page.Items, cancellationToken) };

    public async Task<IReadOnlyList<PostView>> AttachAsync(IReadOnlyList<PostView> posts, CancellationToken cancellationToken = default)
    {
        var keys = posts.Select(KeyOf).OfType<string>().ToList();
        if (keys.Count == 0) return posts;
        var found = await waveforms.ForKeysAsync(keys, cancellationToken);
        return posts.Select(p => KeyOf(p) is { } key && found.TryGetValue(key, out var waveform) ? p with { Waveform = waveform } : p).ToList();
    }

    private string? KeyOf(PostView post) =>
        post is { Type: PostType.Audio, MediaUrls: [var url] } ? storage.KeyFromUrl(url) : null;
}
