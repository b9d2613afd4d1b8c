using System.Text.RegularExpressions;

namespace ProducersAvenue.Domain.Content.Rendering;

public enum EmbedProvider
{
    YouTube,
    Vimeo,
    Spotify,
    SoundCloud,
    Bandcamp,
}

/// <summary>
/// A player for a link: the provider, the id recognised in the link, and the provider's embed address built from that id
/// only (never from the rest of the link). <see cref="Height"/> is the player's height in CSS pixels, or null for a
/// 16:9 video frame.
/// </summary>
public sealed record MediaEmbed(EmbedProvider Provider, string Id, string EmbedUrl, int? Height)
{
    public string ProviderName => Provider switch
    {
        EmbedProvider.YouTube => "YouTube",
        EmbedProvider.Vimeo => "Vimeo",
        EmbedProvider.Spotify => "Spotify",
        EmbedProvider.SoundCloud => "SoundCloud",
        _ => "Bandcamp",
    };

    /// <summary>The origins the embed loads from (for a Content-Security-Policy <c>frame-src</c>).</summary>
    public static IReadOnlyList<string> FrameOrigins { get; } =
    [
        "https://www.youtube-nocookie.com", "https://player.vimeo.com", "https://open.spotify.com", "https://w.soundcloud.com",
        "https://bandcamp.com",
    ];
}

/// <summary>
/// Recognises links to YouTube, Vimeo, Spotify, SoundCloud and Bandcamp players: the one place that knows their address
/// forms. Only http(s) links on the provider's own hosts count, and every id is checked against the provider's id
/// alphabet, so an embed address can never carry anything a member typed beyond a well-formed id. YouTube plays from
/// youtube-nocookie.com and Vimeo with <c>dnt=1</c> (no tracking cookies until the member plays).
/// </summary>
public static partial class MediaEmbeds
{
    public static MediaEmbed? Recognize(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > 2048) return null;
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)) return null;
        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) return null;
        if (!uri.IsDefaultPort || uri.UserInfo.Length > 0) return null;

        var host = uri.IdnHost.ToLowerInvariant();
        var path = uri.AbsolutePath;
        return host switch
        {
            "youtube.com" or "www.youtube.com" or "m.youtube.com" or "music.youtube.com" or "www.youtube-nocookie.com" => YouTubeFromSite(path, uri.Query),
            "youtu.be" => YouTube(SingleSegment(path)),
            "vimeo.com" or "www.vimeo.com" => Vimeo(VimeoPage().Match(path)),
            "player.vimeo.com" => Vimeo(VimeoPlayer().Match(path)),
            "open.spotify.com" => Spotify(SpotifyPath().Match(path)),
            "soundcloud.com" or "www.soundcloud.com" or "m.soundcloud.com" => SoundCloud(SoundCloudPath().Match(path)),
            "bandcamp.com" => Bandcamp(BandcampPlayer().Match(path)),
            _ => null,
        };
    }

    /// <summary>
    /// The player for a link post: the link itself when recognised, else — for a Bandcamp page, whose address has no
    /// numeric id — the Bandcamp player the page announced when its preview was fetched. Other sites' announced players
    /// are ignored, so a page cannot make its link play something else.
    /// </summary>
    public static MediaEmbed? ForLink(string? linkUrl, string? announcedPlayer)
    {
        if (Recognize(linkUrl) is { } direct) return direct;
        if (!IsBandcampPage(linkUrl)) return null;
        return Recognize(announcedPlayer) is { Provider: EmbedProvider.Bandcamp } player ? player : null;
    }

    private static bool IsBandcampPage(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.IdnHost.EndsWith(".bandcamp.com", StringComparison.OrdinalIgnoreCase)
        && BandcampPage().IsMatch(uri.AbsolutePath);

    private static MediaEmbed? YouTubeFromSite(string path, string query)
    {
        if (path is "/watch" or "/watch/") return YouTube(QueryValue(query, "v"));
        var match = YouTubePath().Match(path);
        return match.Success ? YouTube(match.Groups["id"].Value) : null;
    }

    private static MediaEmbed? YouTube(string? id) =>
        id is not null && YouTubeId().IsMatch(id)
            ? new MediaEmbed(EmbedProvider.YouTube, id, $"https://www.youtube-nocookie.com/embed/{id}?autoplay=1", null)
            : null;

    private static MediaEmbed? Vimeo(Match match) =>
        match.Success
            ? new MediaEmbed(EmbedProvider.Vimeo, match.Groups["id"].Value, $"https://player.vimeo.com/video/{match.Groups["id"].Value}?dnt=1&autoplay=1", null)
            : null;

    private static MediaEmbed? Spotify(Match match)
    {
        if (!match.Success) return null;
        var kind = match.Groups["kind"].Value;
        var id = match.Groups["id"].Value;
        var height = kind is "track" or "episode" ? 152 : 352;
        return new MediaEmbed(EmbedProvider.Spotify, $"{kind}/{id}", $"https://open.spotify.com/embed/{kind}/{id}", height);
    }

    private static MediaEmbed? SoundCloud(Match match)
    {
        if (!match.Success) return null;
        var user = match.Groups["user"].Value.ToLowerInvariant();
        if (SoundCloudReserved.Contains(user)) return null;
        if (!match.Groups["set"].Success && SoundCloudProfilePages.Contains(match.Groups["item"].Value.ToLowerInvariant())) return null;
        var id = match.Groups["set"].Success
            ? $"{user}/sets/{match.Groups["item"].Value.ToLowerInvariant()}"
            : $"{user}/{match.Groups["item"].Value.ToLowerInvariant()}";
        var track = Uri.EscapeDataString($"https://soundcloud.com/{id}");
        return new MediaEmbed(EmbedProvider.SoundCloud, id,
            $"https://w.soundcloud.com/player/?url={track}&color=%237c3aed&auto_play=true&visual=false", match.Groups["set"].Success ? 450 : 166);
    }

    /// <summary>
    /// Bandcamp plays by numeric album or track id, which its page addresses (artist.bandcamp.com/album/name) do not
    /// carry: its player address (bandcamp.com/EmbeddedPlayer/album=123…) is recognised here, and a page address through
    /// the player its page announces as <c>og:video</c> (<see cref="ForLink"/>).
    /// </summary>
    private static MediaEmbed? Bandcamp(Match match)
    {
        if (!match.Success) return null;
        var kind = match.Groups["kind"].Value;
        var id = match.Groups["id"].Value;
        return new MediaEmbed(EmbedProvider.Bandcamp, $"{kind}={id}",
            $"https://bandcamp.com/EmbeddedPlayer/{kind}={id}/size=large/bgcol=ffffff/linkcol=7c3aed/tracklist=false/artwork=small/transparent=true/", 120);
    }

    /// <summary>SoundCloud's own first path segments that are not members.</summary>
    private static readonly HashSet<string> SoundCloudReserved =
        ["discover", "stream", "search", "upload", "you", "charts", "pages", "settings", "messages", "notifications", "terms-of-use", "mobile"];

    /// <summary>Pages of a SoundCloud member that are lists, not a track.</summary>
    private static readonly HashSet<string> SoundCloudProfilePages =
        ["tracks", "albums", "sets", "likes", "reposts", "followers", "following", "popular-tracks", "comments"];

    private static string? SingleSegment(string path)
    {
        var trimmed = path.Trim('/');
        return trimmed.Length > 0 && !trimmed.Contains('/') ? trimmed : null;
    }

    private static string? QueryValue(string query, string key)
    {
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            if (equals > 0 && pair[..equals] == key) return Uri.UnescapeDataString(pair[(equals + 1)..]);
        }
        return null;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{11}$")]
    private static partial Regex YouTubeId();

    [GeneratedRegex("^/(?:embed|shorts|live|v)/(?<id>[A-Za-z0-9_-]{11})/?$")]
    private static partial Regex YouTubePath();

    [GeneratedRegex("^/(?:channels/[A-Za-z0-9_-]+/)?(?<id>[0-9]{6,12})/?$")]
    private static partial Regex VimeoPage();

    [GeneratedRegex("^/video/(?<id>[0-9]{6,12})/?$")]
    private static partial Regex VimeoPlayer();

    [GeneratedRegex("^/(?:intl-[a-z]{2}(?:-[a-z]{2})?/)?(?:embed/)?(?<kind>track|album|playlist|episode|show|artist)/(?<id>[A-Za-z0-9]{22})/?$")]
    private static partial Regex SpotifyPath();

    [GeneratedRegex("^/(?<user>[A-Za-z0-9_-]{2,64})/(?:(?<set>sets)/)?(?<item>[A-Za-z0-9_-]{1,128})/?$")]
    private static partial Regex SoundCloudPath();

    [GeneratedRegex("^/(?:album|track)/[A-Za-z0-9_-]{1,128}/?$")]
    private static partial Regex BandcampPage();

    [GeneratedRegex("^/EmbeddedPlayer/(?:v=2/)?(?<kind>album|track)=(?<id>[0-9]{1,12})(?:/[A-Za-z0-9=_-]*)*/?$")]
    private static partial Regex BandcampPlayer();
}
