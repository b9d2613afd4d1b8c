namespace ProducersAvenue.Domain.Content.Audio;

/// <summary>
/// Turns decoded samples into <see cref="Count"/> peaks without keeping the audio: it remembers the loudest sample of
/// every 10 ms block (all channels together), then gives each of the <see cref="Count"/> slices the loudest of its
/// blocks, scaled so the file's loudest moment is 255 (silence stays 0).
/// </summary>
public sealed class WaveformPeaks
{
    public const int Count = 200;

    private readonly int _blockSamples;
    private readonly int _channels;
    private readonly int _sampleRate;
    private readonly List<float> _blocks = [];
    private float _blockMax;
    private int _inBlock;

    public WaveformPeaks(int sampleRate, int channels)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(channels);
        _sampleRate = sampleRate;
        _channels = channels;
        _blockSamples = Math.Max(1, sampleRate / 100) * channels;
    }

    /// <summary>Interleaved samples (-1…1) seen so far, all channels counted.</summary>
    public long Samples { get; private set; }

    public TimeSpan Duration => TimeSpan.FromSeconds((double)(Samples / _channels) / _sampleRate);

    /// <summary>Adds interleaved samples in the range -1…1.</summary>
    public void Add(ReadOnlySpan<float> samples)
    {
        foreach (var sample in samples)
        {
            var level = float.IsFinite(sample) ? Math.Min(1f, Math.Abs(sample)) : 0f;
            if (level > _blockMax) _blockMax = level;
            if (++_inBlock == _blockSamples) Close();
        }
        Samples += samples.Length;
    }

    /// <summary>The waveform of everything added; empty peaks when nothing was.</summary>
    public Waveform ToWaveform()
    {
        if (_inBlock > 0) Close();
        var peaks = new byte[_blocks.Count == 0 ? 0 : Count];
        if (_blocks.Count > 0)
        {
            var loudest = _blocks.Max();
            for (var i = 0; i < Count; i++)
            {
                var from = (int)((long)i * _blocks.Count / Count);
                var to = Math.Max(from + 1, (int)((long)(i + 1) * _blocks.Count / Count));
                var max = 0f;
                for (var b = from; b < to && b < _blocks.Count; b++) max = Math.Max(max, _blocks[b]);
                peaks[i] = loudest > 0 ? (byte)Math.Round(max / loudest * 255) : (byte)0;
            }
        }
        return new Waveform((int)Math.Round(Duration.TotalMilliseconds), peaks);
    }

    private void Close()
    {
        _blocks.Add(_blockMax);
        _blockMax = 0;
        _inBlock = 0;
    }
}
