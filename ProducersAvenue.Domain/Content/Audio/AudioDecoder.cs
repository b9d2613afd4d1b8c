using Microsoft.Extensions.Options;
using NAudio.Wave;
using NLayer;
using NVorbis;
using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Content.Audio;

/// <summary>
/// Decodes an audio upload whole, by the format its bytes showed (<see cref="MediaUploadRules"/>): MP3 with NLayer, WAV
/// with NAudio, Ogg Vorbis with NVorbis, all managed code. What does not decode to at least one sample is refused, and
/// so is audio longer than <see cref="MediaOptions.MaxAudioMinutes"/> (decoding stops there). FLAC is checked by its
/// structure only (<see cref="FlacHeader"/>) and gets no peaks. Decision 130.
/// </summary>
public sealed class AudioDecoder(IOptions<MediaOptions> options)
{
    private const int ChunkSamples = 16384;

    /// <param name="content">A seekable stream of the whole file; it is left open and its position is undefined afterwards.</param>
    public Result<Waveform> Decode(Stream content, MediaFormat format, long length)
    {
        var limit = TimeSpan.FromMinutes(options.Value.MaxAudioMinutes);
        content.Position = 0;
        try
        {
            if (format == MediaFormat.Flac)
            {
                if (FlacHeader.ReadDuration(content, length) is not { } duration) return ContentErrors.AudioUndecodable;
                if (duration > limit) return ContentErrors.AudioTooLong(options.Value.MaxAudioMinutes);
                return new Waveform((int)Math.Round(duration.TotalMilliseconds), []);
            }
            return format.Extension switch
            {
                "mp3" => DecodeMp3(content, limit),
                "wav" => DecodeWav(content, limit),
                "ogg" => DecodeVorbis(content, limit),
                _ => ContentErrors.AudioUndecodable,
            };
        }
        // The decoders meet hostile bytes here; whatever they throw on them means "not a file we can read".
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            return ContentErrors.AudioUndecodable;
        }
    }

    private Result<Waveform> DecodeMp3(Stream content, TimeSpan limit)
    {
        using var mpeg = new MpegFile(content);
        return Read(mpeg.SampleRate, mpeg.Channels, limit, buffer => mpeg.ReadSamples(buffer, 0, buffer.Length));
    }

    private Result<Waveform> DecodeWav(Stream content, TimeSpan limit)
    {
        using var wav = new WaveFileReader(content);
        if (wav.TotalTime > limit) return ContentErrors.AudioTooLong(options.Value.MaxAudioMinutes);
        var samples = wav.ToSampleProvider();
        return Read(wav.WaveFormat.SampleRate, wav.WaveFormat.Channels, limit, buffer => samples.Read(buffer.AsSpan()));
    }

    private Result<Waveform> DecodeVorbis(Stream content, TimeSpan limit)
    {
        using var vorbis = new VorbisReader(content, closeOnDispose: false);
        return Read(vorbis.SampleRate, vorbis.Channels, limit, buffer => vorbis.ReadSamples(buffer, 0, buffer.Length));
    }

    private Result<Waveform> Read(int sampleRate, int channels, TimeSpan limit, Func<float[], int> read)
    {
        if (sampleRate <= 0 || channels <= 0) return ContentErrors.AudioUndecodable;
        var peaks = new WaveformPeaks(sampleRate, channels);
        var buffer = new float[ChunkSamples - ChunkSamples % channels];
        int count;
        while ((count = read(buffer)) > 0)
        {
            peaks.Add(buffer.AsSpan(0, count));
            if (peaks.Duration > limit) return ContentErrors.AudioTooLong(options.Value.MaxAudioMinutes);
        }
        var waveform = peaks.ToWaveform();
        return waveform.DurationMs > 0 ? waveform : ContentErrors.AudioUndecodable;
    }
}
