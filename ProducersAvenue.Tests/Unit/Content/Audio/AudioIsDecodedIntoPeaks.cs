using System.Text;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Content.Audio;
using ProducersAvenue.Domain.Seeding;

namespace ProducersAvenue.Tests.Unit.Content.Audio;

/// <summary>
/// An audio upload decodes whole into its length and 200 peaks, by the format its bytes show: the quiet first second and
/// the loud second one are visible in the peaks whatever the codec. What does not decode is refused at the media field.
/// </summary>
public sealed class AudioIsDecodedIntoPeaks
{
    private readonly AudioDecoder _decoder = new(Options.Create(new MediaOptions()));

    private Result<Waveform> Decode(byte[] bytes, AudioDecoder? decoder = null)
    {
        var format = MediaUploadRules.Detect(bytes) ?? throw new InvalidOperationException("Not recognised as media.");
        return (decoder ?? _decoder).Decode(new MemoryStream(bytes), format, bytes.Length);
    }

    /// <summary>The loudest peak of the first and of the second half.</summary>
    private static (int Quiet, int Loud) Halves(Waveform waveform) =>
        (waveform.Peaks.Take(WaveformPeaks.Count / 2 - 5).Max(), waveform.Peaks.Skip(WaveformPeaks.Count / 2 + 5).Min());

    [Fact]
    public void A_wav_with_a_quiet_second_then_a_loud_one_has_low_then_full_peaks()
    {
        var waveform = Decode(AudioSamples.QuietThenLoudWav()).Value!;

        Assert.Equal(2000, waveform.DurationMs);
        Assert.Equal(WaveformPeaks.Count, waveform.Peaks.Length);
        var (quiet, loud) = Halves(waveform);
        Assert.InRange(quiet, 10, 25);  // 0.05 against 0.8: about 16 of 255
        Assert.InRange(loud, 250, 255);
    }

    [Fact]
    public void A_stereo_wav_counts_its_length_in_frames_not_samples()
    {
        var mono = AudioSamples.QuietThenLoud(1);
        var stereo = mono.SelectMany(s => new[] { s, s }).ToArray();
        var wav = DemoAudio.Wav(stereo, AudioSamples.Rate);
        BitConverter.TryWriteBytes(wav.AsSpan(22), (short)2);                  // channels
        BitConverter.TryWriteBytes(wav.AsSpan(28), AudioSamples.Rate * 4);      // bytes per second
        BitConverter.TryWriteBytes(wav.AsSpan(32), (short)4);                  // block align

        Assert.Equal(1000, Decode(wav).Value!.DurationMs);
    }

    [Fact]
    public void An_mp3_decodes_with_nlayer_to_its_length_and_its_loud_half()
    {
        var waveform = Decode(AudioSamples.Mp3).Value!;

        Assert.InRange(waveform.DurationMs, 1950, 2150); // the encoder pads a frame or two
        var (quiet, loud) = Halves(waveform);
        Assert.True(quiet < 40 && loud > 200, $"quiet half peaks at {quiet}, loud half at {loud}");
    }

    [Fact]
    public void An_ogg_vorbis_file_decodes_with_nvorbis_to_its_length_and_its_loud_half()
    {
        var waveform = Decode(AudioSamples.Ogg).Value!;

        Assert.InRange(waveform.DurationMs, 1990, 2010);
        var (quiet, loud) = Halves(waveform);
        Assert.True(quiet < 40 && loud > 200, $"quiet half peaks at {quiet}, loud half at {loud}");
    }

    [Fact]
    public void A_flac_file_is_accepted_by_its_structure_with_its_length_and_no_peaks()
    {
        var waveform = Decode(AudioSamples.Flac).Value!;

        Assert.Equal(2000, waveform.DurationMs);
        Assert.False(waveform.HasPeaks);
    }

    [Fact]
    public void A_flac_cut_off_before_its_first_frame_is_refused()
    {
        var flac = AudioSamples.Flac;
        var cut = flac[..FirstFrameOffset(flac)];

        Assert.Equal(ContentErrors.AudioUndecodable, Decode(cut).FirstError);
    }

    [Fact]
    public void A_flac_whose_metadata_runs_past_the_end_is_refused()
    {
        byte[] forged = [.. "fLaC"u8, 0x00, 0, 0, 0x22, .. new byte[34], 0x84, 0xFF, 0xFF, 0xFF, 0xFF, 0xF8];

        Assert.Equal(ContentErrors.AudioUndecodable, Decode(forged).FirstError);
    }

    [Fact]
    public void An_id3_tag_followed_by_text_is_refused_as_undecodable_at_the_media_field()
    {
        byte[] fake = [.. "ID3"u8, 3, 0, 0, 0, 0, 0, 0, .. Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("<script>alert(1)</script>", 400)))];

        var result = Decode(fake);

        Assert.Equal("media.audio_undecodable", result.FirstError?.Code);
        Assert.Equal(ContentErrors.MediaField, result.FirstError!.Field);
    }

    [Fact]
    public void A_wav_header_without_its_data_is_refused()
    {
        var wav = AudioSamples.QuietThenLoudWav();

        Assert.Equal(ContentErrors.AudioUndecodable, Decode(wav[..44]).FirstError);
        Assert.Equal(ContentErrors.AudioUndecodable, Decode(wav[..30]).FirstError);
    }

    [Fact]
    public void Ogg_pages_that_hold_no_vorbis_stream_are_refused()
    {
        var ogg = AudioSamples.Ogg;

        Assert.Equal(ContentErrors.AudioUndecodable, Decode(ogg[..200]).FirstError);
    }

    [Fact]
    public void Audio_longer_than_the_configured_minutes_is_refused_while_decoding()
    {
        var decoder = new AudioDecoder(Options.Create(new MediaOptions { MaxAudioMinutes = 1 }));
        var minuteAndABit = DemoAudio.Wav(new float[8000 * 61], 8000);

        var result = Decode(minuteAndABit, decoder);

        Assert.Equal("Audio can be up to 1 minute long.", result.ErrorFor(ContentErrors.MediaField));
        Assert.True(Decode(DemoAudio.Wav(new float[8000 * 59], 8000), decoder).Succeeded);
    }

    [Fact]
    public void Silence_decodes_to_flat_zero_peaks_not_to_noise()
    {
        var waveform = Decode(DemoAudio.Wav(new float[AudioSamples.Rate], AudioSamples.Rate)).Value!;

        Assert.All(waveform.Peaks, p => Assert.Equal(0, p));
        Assert.Equal(1000, waveform.DurationMs);
    }

    /// <summary>Where the frames start: after the metadata block flagged last.</summary>
    private static int FirstFrameOffset(byte[] flac)
    {
        var at = 4;
        while (true)
        {
            var last = (flac[at] & 0x80) != 0;
            var size = (flac[at + 1] << 16) | (flac[at + 2] << 8) | flac[at + 3];
            at += 4 + size;
            if (last) return at;
        }
    }
}
