using ProducersAvenue.Domain.Content.Rendering;

namespace ProducersAvenue.Tests.Unit.Content;

public sealed class MediaEmbedsRecogniseProviderLinks
{
    [Theory]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "dQw4w9WgXcQ")]
    [InlineData("https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=42", "dQw4w9WgXcQ")]
    [InlineData("https://m.youtube.com/watch?v=dQw4w9WgXcQ", "dQw4w9WgXcQ")]
    [InlineData("https://music.youtube.com/watch?v=dQw4w9WgXcQ&list=RD", "dQw4w9WgXcQ")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ", "dQw4w9WgXcQ")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ?si=abc", "dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/shorts/a1B2c3D4e5_", "a1B2c3D4e5_")]
    [InlineData("https://www.youtube.com/embed/a1B2c3D4e5-", "a1B2c3D4e5-")]
    [InlineData("http://www.youtube.com/live/dQw4w9WgXcQ", "dQw4w9WgXcQ")]
    public void YouTube_links_play_from_the_no_cookie_domain(string url, string id)
    {
        var embed = MediaEmbeds.Recognize(url);

        Assert.NotNull(embed);
        Assert.Equal(EmbedProvider.YouTube, embed.Provider);
        Assert.Equal(id, embed.Id);
        Assert.Equal($"https://www.youtube-nocookie.com/embed/{id}?autoplay=1", embed.EmbedUrl);
        Assert.Null(embed.Height);
    }

    [Theory]
    [InlineData("https://vimeo.com/76979871")]
    [InlineData("https://www.vimeo.com/76979871/")]
    [InlineData("https://vimeo.com/channels/staffpicks/76979871")]
    [InlineData("https://player.vimeo.com/video/76979871")]
    public void Vimeo_links_play_without_tracking(string url)
    {
        var embed = MediaEmbeds.Recognize(url);

        Assert.NotNull(embed);
        Assert.Equal(EmbedProvider.Vimeo, embed.Provider);
        Assert.Equal("https://player.vimeo.com/video/76979871?dnt=1&autoplay=1", embed.EmbedUrl);
    }

    [Theory]
    [InlineData("https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC", "track/4uLU6hMCjMI75M1A2tKUQC", 152)]
    [InlineData("https://open.spotify.com/intl-de/track/4uLU6hMCjMI75M1A2tKUQC?si=x1", "track/4uLU6hMCjMI75M1A2tKUQC", 152)]
    [InlineData("https://open.spotify.com/album/1DFixLWuPkv3KT3TnV35m3", "album/1DFixLWuPkv3KT3TnV35m3", 352)]
    [InlineData("https://open.spotify.com/playlist/37i9dQZF1DXcBWIGoYBM5M", "playlist/37i9dQZF1DXcBWIGoYBM5M", 352)]
    [InlineData("https://open.spotify.com/episode/512ojhOuo1ktJprKbVcKyQ", "episode/512ojhOuo1ktJprKbVcKyQ", 152)]
    public void Spotify_links_play_in_spotifys_embed(string url, string id, int height)
    {
        var embed = MediaEmbeds.Recognize(url);

        Assert.NotNull(embed);
        Assert.Equal(EmbedProvider.Spotify, embed.Provider);
        Assert.Equal(id, embed.Id);
        Assert.Equal($"https://open.spotify.com/embed/{id}", embed.EmbedUrl);
        Assert.Equal(height, embed.Height);
    }

    [Theory]
    [InlineData("https://soundcloud.com/lofi-lena/night-drive", "lofi-lena/night-drive")]
    [InlineData("https://m.soundcloud.com/Lofi-Lena/Night-Drive/", "lofi-lena/night-drive")]
    [InlineData("https://soundcloud.com/lofi-lena/sets/late-tapes", "lofi-lena/sets/late-tapes")]
    public void SoundCloud_links_play_in_the_widget_with_the_canonical_track_address(string url, string id)
    {
        var embed = MediaEmbeds.Recognize(url);

        Assert.NotNull(embed);
        Assert.Equal(EmbedProvider.SoundCloud, embed.Provider);
        Assert.Equal(id, embed.Id);
        Assert.StartsWith($"https://w.soundcloud.com/player/?url={Uri.EscapeDataString($"https://soundcloud.com/{id}")}&", embed.EmbedUrl);
    }

    [Theory]
    [InlineData("https://bandcamp.com/EmbeddedPlayer/album=1536701931/size=large/bgcol=ffffff/", "album=1536701931")]
    [InlineData("https://bandcamp.com/EmbeddedPlayer/v=2/track=3409937185/", "track=3409937185")]
    public void Bandcamp_player_links_play_by_numeric_id(string url, string id)
    {
        var embed = MediaEmbeds.Recognize(url);

        Assert.NotNull(embed);
        Assert.Equal(EmbedProvider.Bandcamp, embed.Provider);
        Assert.Equal(id, embed.Id);
        Assert.StartsWith($"https://bandcamp.com/EmbeddedPlayer/{id}/", embed.EmbedUrl);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("javascript:alert(1)//youtu.be/dQw4w9WgXcQ")]
    [InlineData("ftp://youtu.be/dQw4w9WgXcQ")]
    [InlineData("https://youtu.be.evil.example/dQw4w9WgXcQ")]
    [InlineData("https://evil.example/www.youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://user@youtu.be/dQw4w9WgXcQ")]
    [InlineData("https://youtu.be:8443/dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXc\"onload=alert(1)")]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ%22%3E%3Cscript%3E")]
    [InlineData("https://www.youtube.com/watch?v=short")]
    [InlineData("https://www.youtube.com/channel/UC1234567890")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ/extra")]
    [InlineData("https://vimeo.com/about")]
    [InlineData("https://vimeo.com/76979871/../../evil")]
    [InlineData("https://open.spotify.com/track/short")]
    [InlineData("https://open.spotify.com/user/someone")]
    [InlineData("https://soundcloud.com/lofi-lena")]
    [InlineData("https://soundcloud.com/lofi-lena/likes")]
    [InlineData("https://soundcloud.com/discover/sets")]
    [InlineData("https://soundcloud.com/lofi-lena/night%2Fdrive")]
    [InlineData("https://lena.bandcamp.com/album/late-tapes")]
    [InlineData("https://bandcamp.com/EmbeddedPlayer/album=12ab/")]
    [InlineData("https://example.com/watch?v=dQw4w9WgXcQ")]
    public void Anything_else_is_not_an_embed(string? url) => Assert.Null(MediaEmbeds.Recognize(url));

    [Fact]
    public void Every_embed_address_is_on_an_origin_listed_for_frames()
    {
        string[] urls =
        [
            "https://youtu.be/dQw4w9WgXcQ", "https://vimeo.com/76979871", "https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC",
            "https://soundcloud.com/lofi-lena/night-drive", "https://bandcamp.com/EmbeddedPlayer/album=1536701931/",
        ];

        foreach (var url in urls)
        {
            var embed = MediaEmbeds.Recognize(url)!;
            Assert.Contains(new Uri(embed.EmbedUrl).GetLeftPart(UriPartial.Authority), MediaEmbed.FrameOrigins);
        }
    }

    [Fact]
    public void A_bandcamp_page_plays_the_bandcamp_player_its_page_announced()
    {
        var embed = MediaEmbeds.ForLink("https://lena.bandcamp.com/album/late-tapes", "https://bandcamp.com/EmbeddedPlayer/v=2/album=1536701931/size=large/");

        Assert.NotNull(embed);
        Assert.Equal(EmbedProvider.Bandcamp, embed.Provider);
        Assert.Equal("album=1536701931", embed.Id);
    }

    [Theory]
    [InlineData("https://lena.bandcamp.com/album/late-tapes", "https://www.youtube.com/embed/dQw4w9WgXcQ")]
    [InlineData("https://evil.example/album/late-tapes", "https://bandcamp.com/EmbeddedPlayer/album=1536701931/")]
    [InlineData("https://lena.bandcamp.com.evil.example/album/late-tapes", "https://bandcamp.com/EmbeddedPlayer/album=1536701931/")]
    [InlineData("https://lena.bandcamp.com/album/late-tapes", "https://evil.example/EmbeddedPlayer/album=1536701931/")]
    [InlineData("https://lena.bandcamp.com/album/late-tapes", null)]
    public void Announced_players_count_only_for_bandcamp_pages_and_only_bandcamps_own(string link, string? announced) =>
        Assert.Null(MediaEmbeds.ForLink(link, announced));

    [Fact]
    public void A_recognised_link_plays_itself_whatever_its_page_announced() =>
        Assert.Equal(EmbedProvider.YouTube,
            MediaEmbeds.ForLink("https://youtu.be/dQw4w9WgXcQ", "https://bandcamp.com/EmbeddedPlayer/album=1536701931/")?.Provider);

    [Fact]
    public void The_link_preview_keeps_a_recognised_announced_player_and_drops_others()
    {
        var page = new Uri("https://lena.bandcamp.com/album/late-tapes");
        const string bandcamp = """<html><head><meta property="og:title" content="Late Tapes"><meta property="og:video" content="https://bandcamp.com/EmbeddedPlayer/v=2/album=1536701931/size=large/"></head></html>""";
        const string other = """<html><head><meta property="og:title" content="Other"><meta property="og:video" content="https://cdn.example/video.mp4"></head></html>""";

        Assert.Equal("https://bandcamp.com/EmbeddedPlayer/v=2/album=1536701931/size=large/", LinkPreviewParser.Parse(bandcamp, page, page)?.Player);
        Assert.Null(LinkPreviewParser.Parse(other, page, page)?.Player);
    }
}
