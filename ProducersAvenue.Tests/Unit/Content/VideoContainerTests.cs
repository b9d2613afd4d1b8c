using System.Text;
using ProducersAvenue.Domain.Content;

namespace ProducersAvenue.Tests.Unit.Content;

/// <summary>Videos are checked by their whole container structure, not only their first bytes.</summary>
public sealed class VideoContainerTests
{
    [Fact]
    public void Accepts_a_well_formed_mp4_and_webm_including_a_live_recording_with_unknown_sizes()
    {
        Assert.True(Check(VideoSamples.Mp4(), MediaFormat.Mp4));
        Assert.True(Check(VideoSamples.WebM(), MediaFormat.WebM));
        Assert.True(Check(VideoSamples.WebM(unknownSizes: true), MediaFormat.WebM));
    }

    [Fact]
    public void Refuses_mp4_magic_bytes_followed_by_html()
    {
        byte[] fake = [.. MediaSamples.Mp4[..24], .. "<html><script>alert(document.cookie)</script></html>"u8];

        Assert.NotNull(MediaUploadRules.Detect(fake));
        Assert.False(Check(fake, MediaFormat.Mp4));
    }

    [Fact]
    public void Refuses_a_real_mp4_with_a_script_appended_or_cut_short()
    {
        var mp4 = VideoSamples.Mp4();

        Assert.False(Check([.. mp4, .. "<script>alert(1)</script>"u8], MediaFormat.Mp4));
        Assert.False(Check(mp4[..^10], MediaFormat.Mp4));
    }

    [Fact]
    public void Refuses_an_mp4_without_a_movie_or_without_media_data()
    {
        Assert.False(Check(MediaSamples.Mp4, MediaFormat.Mp4)); // ftyp + empty mdat: no moov
        var mp4 = VideoSamples.Mp4();
        Assert.False(Check(mp4[..^264], MediaFormat.Mp4));      // ftyp + moov: no mdat
    }

    [Fact]
    public void Refuses_webm_magic_bytes_followed_by_anything_else()
    {
        Assert.False(Check([.. MediaSamples.WebM, .. "<html><body>not a video</body></html>"u8], MediaFormat.WebM));
        Assert.False(Check(VideoSamples.WebM()[..^3], MediaFormat.WebM));
        Assert.False(Check([.. VideoSamples.WebM(), 0x3C, 0x68], MediaFormat.WebM));
    }

    [Fact]
    public void Blanks_an_mp4s_location_boxes_in_place_keeping_its_size_and_media_data()
    {
        var mp4 = VideoSamples.Mp4(withLocation: true);
        Assert.Contains(VideoSamples.Location, Encoding.ASCII.GetString(mp4));
        var stream = new MemoryStream();
        stream.Write(mp4);

        var blanked = VideoContainer.BlankMetadata(stream, MediaFormat.Mp4, mp4.Length);

        var result = stream.ToArray();
        Assert.Equal(2, blanked);
        Assert.Equal(mp4.Length, result.Length);
        Assert.DoesNotContain(VideoSamples.Location, Encoding.ASCII.GetString(result));
        Assert.DoesNotContain("udta", Encoding.ASCII.GetString(result));
        Assert.Equal(mp4[^256..], result[^256..]);
        Assert.True(Check(result, MediaFormat.Mp4));
    }

    private static bool Check(byte[] bytes, MediaFormat format) => VideoContainer.IsWellFormed(new MemoryStream(bytes), format, bytes.Length);
}
