using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Content;

namespace ProducersAvenue.Tests.Unit.Content;

public sealed class MediaUploadRulesTests
{
    private const long MB = 1024 * 1024;
    private readonly MediaUploadRules _rules = new(Options.Create(new MediaOptions()));

    public static TheoryData<string, string> AllowedFiles => new()
    {
        { nameof(MediaSamples.Png), "image/png" },
        { nameof(MediaSamples.Jpeg), "image/jpeg" },
        { nameof(MediaSamples.Gif), "image/gif" },
        { nameof(MediaSamples.WebP), "image/webp" },
        { nameof(MediaSamples.Mp4), "video/mp4" },
        { nameof(MediaSamples.WebM), "video/webm" },
        { nameof(MediaSamples.Id3Mp3), "audio/mpeg" },
        { nameof(MediaSamples.MpegFrame), "audio/mpeg" },
        { nameof(MediaSamples.Wav), "audio/wav" },
        { nameof(MediaSamples.OggVorbis), "audio/ogg" },
        { nameof(MediaSamples.Flac), "audio/flac" },
    };

    [Theory]
    [MemberData(nameof(AllowedFiles))]
    public void Recognises_an_allowed_format_by_its_magic_bytes(string sample, string contentType)
    {
        var result = _rules.Check(Sample(sample), 1000);

        Assert.True(result.Succeeded);
        Assert.Equal(contentType, result.Value!.ContentType);
    }

    [Theory]
    [InlineData(nameof(MediaSamples.Matroska))]
    [InlineData(nameof(MediaSamples.Heic))]
    [InlineData(nameof(MediaSamples.QuickTime))]
    [InlineData(nameof(MediaSamples.Pdf))]
    [InlineData(nameof(MediaSamples.Exe))]
    [InlineData(nameof(MediaSamples.Svg))]
    [InlineData(nameof(MediaSamples.Html))]
    [InlineData(nameof(MediaSamples.Riff))]
    [InlineData(nameof(MediaSamples.Adts))]
    [InlineData(nameof(MediaSamples.OggOpus))]
    public void Refuses_any_other_format_whatever_its_name(string sample)
    {
        var result = _rules.Check(Sample(sample), 1000);

        Assert.False(result.Succeeded);
        Assert.Equal("Media", result.FirstError!.Field);
        Assert.Equal("media.unsupported", result.FirstError.Code);
    }

    [Fact]
    public void Refuses_an_image_over_ten_megabytes_naming_the_limit()
    {
        Assert.True(_rules.Check(MediaSamples.Jpeg, 10 * MB).Succeeded);

        var result = _rules.Check(MediaSamples.Jpeg, 10 * MB + 1);

        Assert.Equal("Images can be up to 10 MB.", result.ErrorFor("Media"));
    }

    [Fact]
    public void Allows_a_video_up_to_a_hundred_megabytes_naming_the_limit_beyond()
    {
        Assert.True(_rules.Check(MediaSamples.Mp4, 50 * MB).Succeeded);
        Assert.True(_rules.Check(MediaSamples.WebM, 100 * MB).Succeeded);

        var result = _rules.Check(MediaSamples.WebM, 100 * MB + 1);

        Assert.Equal("Videos can be up to 100 MB.", result.ErrorFor("Media"));
    }

    [Fact]
    public void Allows_audio_up_to_fifty_megabytes_naming_the_limit_beyond()
    {
        Assert.True(_rules.Check(MediaSamples.Wav, 50 * MB).Succeeded);

        var result = _rules.Check(MediaSamples.Id3Mp3, 50 * MB + 1);

        Assert.Equal("Audio files can be up to 50 MB.", result.ErrorFor("Media"));
        Assert.Equal("media.too_large", result.FirstError!.Code);
    }

    [Fact]
    public void The_audio_limit_comes_from_configuration()
    {
        var rules = new MediaUploadRules(Options.Create(new MediaOptions { MaxAudioBytes = 3 * MB }));

        Assert.Equal("Audio files can be up to 3 MB.", rules.Check(MediaSamples.Flac, 3 * MB + 1).ErrorFor("Media"));
        Assert.True(rules.Check(MediaSamples.Flac, 3 * MB).Succeeded);
    }

    [Fact]
    public void Limits_come_from_configuration()
    {
        var rules = new MediaUploadRules(Options.Create(new MediaOptions { MaxImageBytes = 2 * MB, MaxVideoBytes = 3 * MB / 2, MaxAudioBytes = MB }));

        Assert.Equal("Images can be up to 2 MB.", rules.Check(MediaSamples.Png, 2 * MB + 1).ErrorFor("Media"));
        Assert.Equal("Videos can be up to 1.5 MB.", rules.Check(MediaSamples.Mp4, 2 * MB).ErrorFor("Media"));
        Assert.Equal(2 * MB, rules.MaxUploadBytes);
    }

    [Fact]
    public void Refuses_an_empty_file()
    {
        Assert.Equal("The file is empty.", _rules.Check([], 0).ErrorFor("Media"));
        Assert.Equal("The file is empty.", _rules.Check(MediaSamples.Png, 0).ErrorFor("Media"));
    }

    [Fact]
    public async Task Reads_the_header_from_a_stream_and_puts_a_seekable_stream_back()
    {
        var stream = new MemoryStream([.. MediaSamples.Gif, .. new byte[500]]);

        var result = await _rules.CheckAsync(stream, stream.Length);

        Assert.Equal("image/gif", result.Value?.ContentType);
        Assert.Equal(0, stream.Position);
    }

    private static byte[] Sample(string name) => MediaSamples.ByName[name];
}
