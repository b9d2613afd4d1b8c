using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Content.Audio;
using ProducersAvenue.Domain.Seeding;

namespace ProducersAvenue.Tests.Unit.Seeding;

/// <summary>
/// The demo's audio posts carry synthesised loops that are music-shaped, not silence: the same bytes every time, a quiet
/// intro bar and a loud groove after it, and a WAV that the upload decoder reads back to the very peaks the seeder stores.
/// </summary>
public sealed class DemoAudioPostsAreRealLoops
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_demo_has_audio_posts_with_different_loops()
    {
        var audio = DemoCommunity.Create(Now).Posts.Where(p => p.Audio is not null).ToList();

        Assert.True(audio.Count >= 4);
        Assert.Equal(audio.Count, audio.Select(p => p.Audio!.Name).Distinct().Count());
        Assert.All(audio, p => Assert.Contains("#", p.Content));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Each_loop_is_deterministic_with_a_quiet_intro_and_a_loud_groove(int index)
    {
        var loop = DemoAudio.Loops[index];
        var samples = DemoAudio.Render(loop);

        Assert.Equal(DemoAudio.Wav(samples), DemoAudio.Wav(DemoAudio.Render(loop)));
        Assert.InRange(samples.Length / (double)DemoAudio.SampleRate, 4, 15);
        var bar = samples.Length / 4;
        var intro = Rms(samples.AsSpan(0, bar));
        var groove = Rms(samples.AsSpan(bar));
        Assert.True(intro > 0.01, $"the intro is silent (RMS {intro})");
        Assert.True(groove > 2 * intro, $"the groove (RMS {groove}) is not louder than the intro (RMS {intro})");
        Assert.True(samples.Max(Math.Abs) <= 0.99f);
    }

    [Fact]
    public void The_stored_peaks_are_what_the_upload_decoder_reads_from_the_wav()
    {
        var samples = DemoAudio.Render(DemoAudio.Loops[0]);
        var wav = DemoAudio.Wav(samples);

        var decoded = new AudioDecoder(Options.Create(new MediaOptions())).Decode(new MemoryStream(wav), MediaFormat.Wav, wav.Length).Value!;
        var seeded = DemoAudio.WaveformOf(samples);

        Assert.Equal(seeded.DurationMs, decoded.DurationMs);
        Assert.All(seeded.Peaks.Zip(decoded.Peaks), p => Assert.InRange(p.First - p.Second, -1, 1)); // 16-bit rounding
        Assert.True(seeded.Peaks[..40].Average(p => p) < seeded.Peaks[60..].Average(p => p));
    }

    private static double Rms(ReadOnlySpan<float> samples)
    {
        double sum = 0;
        foreach (var s in samples) sum += s * s;
        return Math.Sqrt(sum / samples.Length);
    }
}
