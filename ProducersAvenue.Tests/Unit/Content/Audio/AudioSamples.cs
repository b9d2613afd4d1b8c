using ProducersAvenue.Domain.Seeding;

namespace ProducersAvenue.Tests.Unit.Content.Audio;

/// <summary>
/// Audio to decode: a WAV made here, and the same two seconds (a quiet 440 Hz second, then a loud one, 22.05 kHz mono)
/// encoded once with lame (MP3, 32 kbit/s), oggenc (Vorbis, q0) and flac, kept as embedded fixtures.
/// </summary>
public static class AudioSamples
{
    public const int Rate = 22050;

    /// <summary>A quiet second (amplitude 0.05) then a loud second (0.8) of a 440 Hz sine, as 16-bit mono WAV.</summary>
    public static byte[] QuietThenLoudWav(double seconds = 2) => DemoAudio.Wav(QuietThenLoud(seconds), Rate);

    public static float[] QuietThenLoud(double seconds = 2)
    {
        var samples = new float[(int)(seconds * Rate)];
        for (var i = 0; i < samples.Length; i++)
            samples[i] = (float)((i < samples.Length / 2 ? 0.05 : 0.8) * Math.Sin(2 * Math.PI * 440 * i / Rate));
        return samples;
    }

    public static byte[] Mp3 => Fixture("quiet-then-loud.mp3");
    public static byte[] Ogg => Fixture("quiet-then-loud.ogg");
    public static byte[] Flac => Fixture("quiet-then-loud.flac");

    private static byte[] Fixture(string name)
    {
        using var stream = typeof(AudioSamples).Assembly.GetManifestResourceStream($"audio/{name}")
                           ?? throw new InvalidOperationException($"The fixture {name} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
