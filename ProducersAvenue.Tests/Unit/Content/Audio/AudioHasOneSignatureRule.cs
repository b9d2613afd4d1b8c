using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Content.Audio;
using ProducersAvenue.Domain.Marketplace;

namespace ProducersAvenue.Tests.Unit.Content.Audio;

/// <summary>
/// One rule says what audio bytes are (<see cref="AudioSignature"/>): post media, listing audio (previews, portfolio
/// samples) and audio product files all ask it, so they can never disagree about the same file.
/// </summary>
public sealed class AudioHasOneSignatureRule
{
    public static TheoryData<string> RealFiles => ["mp3", "wav", "ogg", "flac"];

    private static byte[] Real(string extension) => extension switch
    {
        "mp3" => AudioSamples.Mp3,
        "wav" => AudioSamples.QuietThenLoudWav(0.1),
        "ogg" => AudioSamples.Ogg,
        _ => AudioSamples.Flac,
    };

    private static ReadOnlySpan<byte> Head(byte[] file) => file.AsSpan(0, Math.Min(file.Length, AudioSignature.HeaderLength));

    [Theory]
    [MemberData(nameof(RealFiles))]
    public void Real_mp3_wav_ogg_and_flac_files_are_recognised_by_their_bytes(string extension)
    {
        var file = Real(extension);
        Assert.Equal(extension, AudioSignature.Detect(Head(file))?.Extension);
        Assert.Equal(extension, MediaUploadRules.Detect(Head(file))?.Extension);
        Assert.True(ProductFileFormat.Claimed("file." + extension)!.Matches(Head(file)));
    }

    [Theory]
    [InlineData("mp3")]
    [InlineData("wav")]
    [InlineData("ogg")]
    public void Listings_play_mp3_wav_and_ogg_by_the_same_rule(string extension)
    {
        var format = ListingAudio.Detect(Head(Real(extension)));
        Assert.Same(AudioSignature.Detect(Head(Real(extension))), format);
        Assert.True(ListingAudio.IsAudioUrl($"/files/product-audio/x/1.{extension}"));
    }

    [Fact]
    public void Flac_is_audio_but_not_a_listing_preview_because_it_has_no_peaks() =>
        Assert.Null(ListingAudio.Detect(Head(AudioSamples.Flac)));

    public static TheoryData<string, byte[]> WrongBytes => new()
    {
        { "a PNG image", [0x89, .. "PNG"u8, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0] },
        { "RIFF that is a video", [.. "RIFF"u8, 0x24, 0, 0, 0, .. "AVI LIST"u8] },
        { "Ogg carrying Opus", [.. "OggS"u8, 0, 2, .. new byte[20], 1, 0x13, .. "OpusHead"u8] },
        { "AAC in ADTS", [0xFF, 0xF1, 0x50, 0x80, 0x02, 0x1F, 0xFC] },
        { "a forbidden bitrate index", [0xFF, 0xFB, 0xF0, 0x64, 0, 0, 0, 0] },
        { "too short for a tag header", [.. "ID3"u8] },
        { "text", [.. "hello, I am a text file"u8] },
        { "a web page", [.. "<!DOCTYPE html><html>"u8] },
    };

    [Theory]
    [MemberData(nameof(WrongBytes))]
    public void Other_bytes_are_refused_everywhere(string what, byte[] head)
    {
        Assert.True(AudioSignature.Detect(head) is null, what);
        Assert.True(ListingAudio.Detect(head) is null, what);
        foreach (var extension in new[] { "mp3", "wav", "ogg", "flac" })
            Assert.False(ProductFileFormat.Claimed("file." + extension)!.Matches(head), $"{what} as .{extension}");
    }
}
