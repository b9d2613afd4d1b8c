using System.Buffers.Binary;
using ProducersAvenue.Domain.Content.Audio;

namespace ProducersAvenue.Domain.Seeding;

/// <summary>
/// Short, deterministic loops for the demo's audio posts, synthesised here: a kick (a falling sine), a snare (a noise
/// burst over a low tone), hi-hats (short noise), a sine bass on the chord roots and soft triangle chords. The first bar
/// has only chords and hats and the drums come in after it, so the waveform shows a quiet intro and a loud groove.
/// Written as 16-bit mono WAV at <see cref="SampleRate"/>.
/// </summary>
public static class DemoAudio
{
    public const int SampleRate = 22050;

    /// <param name="Bpm">Tempo in beats per minute.</param>
    /// <param name="Roots">The chord roots, one per bar, as MIDI note numbers (4 bars).</param>
    /// <param name="Minor">Minor or major triads.</param>
    /// <param name="Seed">The noise generator's seed (hats and snare).</param>
    public sealed record Loop(string Name, int Bpm, int[] Roots, bool Minor, int Seed);

    public static IReadOnlyList<Loop> Loops { get; } =
    [
        new("Midnight lo-fi loop", 84, [57, 53, 48, 55], Minor: true, Seed: 1),
        new("Boom bap sketch", 92, [50, 50, 53, 55], Minor: true, Seed: 2),
        new("Sunny house groove", 122, [60, 57, 53, 55], Minor: false, Seed: 3),
        new("Trap keys idea", 140, [49, 52, 56, 54], Minor: true, Seed: 4),
    ];

    private static readonly string[] NoteNames = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"];

    /// <summary>
    /// A three-bar loop (an intro bar, then two bars of groove) for a demo product's preview, at the listing's tempo and
    /// in its key ("F# minor"; no key: A minor): minor keys walk i–VI–VII, major ones I–V–vi. Deterministic for a seed.
    /// </summary>
    public static Loop ForListing(string name, int bpm, string? key, int seed)
    {
        var parts = (key ?? "A minor").Split(' ', 2);
        var tonic = Array.IndexOf(NoteNames, parts[0]) is var index and >= 0 ? index : 9;
        var minor = parts.Length < 2 || parts[1] != "major";
        var root = 45 + (tonic + 3) % 12; // A2 … G#3: the bass stays low, the chords an octave above
        int[] roots = minor ? [root, root - 4, root - 2] : [root, root + 7 - 12, root + 9 - 12];
        return new Loop(name, Math.Clamp(bpm, 60, 180), roots, minor, seed);
    }

    /// <summary>The loop's samples in -1…1: one bar of 4/4 per chord root.</summary>
    public static float[] Render(Loop loop)
    {
        var beat = 60.0 / loop.Bpm;
        var bar = beat * 4;
        var samples = new float[(int)(bar * loop.Roots.Length * SampleRate)];
        var noise = new Random(loop.Seed);

        for (var b = 0; b < loop.Roots.Length; b++)
        {
            var barStart = b * bar;
            var root = loop.Roots[b];
            int[] chord = [root + 12, root + 12 + (loop.Minor ? 3 : 4), root + 19];
            foreach (var note in chord) Add(samples, barStart, bar * 0.95, t => 0.09 * Triangle(Hz(note) * t) * Envelope(t, 0.05, bar * 0.95));
            for (var eighth = 0; eighth < 8; eighth++)
            {
                var at = barStart + eighth * beat / 2;
                var accent = eighth % 2 == 0 ? 0.09 : 0.05;
                Add(samples, at, 0.05, t => accent * (noise.NextDouble() * 2 - 1) * Math.Exp(-t * 90));
            }
            if (b == 0) continue; // the intro: chords and hats only

            foreach (var kick in new[] { 0.0, 1.5, 2.5 })
                Add(samples, barStart + kick * beat, 0.35, t => 0.8 * Math.Sin(2 * Math.PI * (45 * t + 100 / 18.0 * (1 - Math.Exp(-18 * t)))) * Math.Exp(-t * 9));
            foreach (var snare in new[] { 1.0, 3.0 })
                Add(samples, barStart + snare * beat, 0.2, t => (0.35 * (noise.NextDouble() * 2 - 1) + 0.25 * Math.Sin(2 * Math.PI * 185 * t)) * Math.Exp(-t * 22));
            foreach (var (step, length) in new[] { (0.0, 1.4), (1.5, 0.9), (2.5, 1.4) })
                Add(samples, barStart + step * beat, length * beat, t => 0.35 * Math.Sin(2 * Math.PI * Hz(root - 12) * t) * Envelope(t, 0.01, length * beat));
        }

        var loudest = samples.Max(Math.Abs);
        if (loudest > 0.98f)
        {
            var scale = 0.98f / loudest;
            for (var i = 0; i < samples.Length; i++) samples[i] *= scale;
        }
        return samples;
    }

    /// <summary>A 16-bit PCM mono WAV file of <paramref name="samples"/>.</summary>
    public static byte[] Wav(ReadOnlySpan<float> samples, int sampleRate = SampleRate)
    {
        var data = samples.Length * 2;
        var wav = new byte[44 + data];
        var span = wav.AsSpan();
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], 36 + data);
        "WAVEfmt "u8.CopyTo(span[8..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[16..], 16);
        BinaryPrimitives.WriteInt16LittleEndian(span[20..], 1); // PCM
        BinaryPrimitives.WriteInt16LittleEndian(span[22..], 1); // mono
        BinaryPrimitives.WriteInt32LittleEndian(span[24..], sampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(span[28..], sampleRate * 2);
        BinaryPrimitives.WriteInt16LittleEndian(span[32..], 2);
        BinaryPrimitives.WriteInt16LittleEndian(span[34..], 16);
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[40..], data);
        for (var i = 0; i < samples.Length; i++)
            BinaryPrimitives.WriteInt16LittleEndian(span[(44 + i * 2)..], (short)Math.Round(Math.Clamp(samples[i], -1f, 1f) * short.MaxValue));
        return wav;
    }

    /// <summary>The waveform of <paramref name="samples"/>, by the same peak rule as uploads.</summary>
    public static Waveform WaveformOf(ReadOnlySpan<float> samples)
    {
        var peaks = new WaveformPeaks(SampleRate, 1);
        peaks.Add(samples);
        return peaks.ToWaveform();
    }

    private static double Hz(int midiNote) => 440 * Math.Pow(2, (midiNote - 69) / 12.0);

    private static double Triangle(double phase) => 2 * Math.Abs(2 * (phase - Math.Floor(phase + 0.5))) - 1;

    /// <summary>A short linear attack and a release over the note's last fifth.</summary>
    private static double Envelope(double t, double attack, double length)
    {
        if (t < attack) return t / attack;
        var release = length * 0.2;
        return t > length - release ? Math.Max(0, (length - t) / release) : 1;
    }

    private static void Add(float[] samples, double startSeconds, double lengthSeconds, Func<double, double> voice)
    {
        var start = (int)(startSeconds * SampleRate);
        var count = (int)(lengthSeconds * SampleRate);
        for (var i = 0; i < count && start + i < samples.Length; i++) samples[start + i] += (float)voice((double)i / SampleRate);
    }
}
