using System.Text;

namespace ProducersAvenue.Tests.Unit.Content;

/// <summary>The first bytes of real files of each kind (and of look-alikes that must be refused).</summary>
internal static class MediaSamples
{
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, .. "IHDR"u8];
    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF"u8, 0];
    public static readonly byte[] Gif = [.. "GIF89a"u8, 1, 0, 1, 0];
    public static readonly byte[] WebP = [.. "RIFF"u8, 0x24, 0, 0, 0, .. "WEBPVP8 "u8];
    public static readonly byte[] Mp4 = Ftyp("isom");
    public static readonly byte[] WebM = Ebml("webm");

    public static readonly byte[] Matroska = Ebml("matroska");
    public static readonly byte[] Heic = Ftyp("heic");
    public static readonly byte[] QuickTime = Ftyp("qt  ");
    public static readonly byte[] Pdf = "%PDF-1.7\n%âãÏÓ"u8.ToArray();
    public static readonly byte[] Exe = [.. "MZ"u8, 0x90, 0, 3, 0, 0, 0];
    public static readonly byte[] Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">"u8.ToArray();
    public static readonly byte[] Html = "<!DOCTYPE html><html>"u8.ToArray();
    /// <summary>A RIFF file that is not WAVE (an AVI): refused although WAV, a RIFF too, is allowed.</summary>
    public static readonly byte[] Riff = [.. "RIFF"u8, 0x24, 0, 0, 0, .. "AVI LIST"u8];
    public static readonly byte[] Wav = [.. "RIFF"u8, 0x24, 0, 0, 0, .. "WAVEfmt "u8];
    /// <summary>An MP3 starting with an ID3v2.4 tag.</summary>
    public static readonly byte[] Id3Mp3 = [.. "ID3"u8, 4, 0, 0, 0, 0, 0, 0];
    /// <summary>An MP3 without a tag: an MPEG-1 Layer III frame header, 128 kbit/s, 44.1 kHz.</summary>
    public static readonly byte[] MpegFrame = [0xFF, 0xFB, 0x90, 0x64, 0, 0, 0, 0];
    /// <summary>AAC in ADTS frames: an MPEG sync word with layer bits 00.</summary>
    public static readonly byte[] Adts = [0xFF, 0xF1, 0x50, 0x80, 0x02, 0x1F, 0xFC];
    public static readonly byte[] OggVorbis = [.. "OggS"u8, 0, 2, .. new byte[20], 1, 0x1E, 0x01, .. "vorbis"u8];
    public static readonly byte[] OggOpus = [.. "OggS"u8, 0, 2, .. new byte[20], 1, 0x13, .. "OpusHead"u8];
    public static readonly byte[] Flac = [.. "fLaC"u8, 0x80, 0, 0, 0x22];

    /// <summary>Theory data carries the name (readable in test output); the test looks the bytes up here.</summary>
    public static readonly IReadOnlyDictionary<string, byte[]> ByName = new Dictionary<string, byte[]>
    {
        [nameof(Png)] = Png, [nameof(Jpeg)] = Jpeg, [nameof(Gif)] = Gif, [nameof(WebP)] = WebP, [nameof(Mp4)] = Mp4,
        [nameof(WebM)] = WebM, [nameof(Matroska)] = Matroska, [nameof(Heic)] = Heic, [nameof(QuickTime)] = QuickTime,
        [nameof(Pdf)] = Pdf, [nameof(Exe)] = Exe, [nameof(Svg)] = Svg, [nameof(Html)] = Html, [nameof(Riff)] = Riff,
        [nameof(Wav)] = Wav, [nameof(Id3Mp3)] = Id3Mp3, [nameof(MpegFrame)] = MpegFrame, [nameof(Adts)] = Adts,
        [nameof(OggVorbis)] = OggVorbis, [nameof(OggOpus)] = OggOpus, [nameof(Flac)] = Flac,
    };

    /// <summary>An ISO-BMFF file: a 24-byte ftyp box with the given major brand, then an mdat box.</summary>
    private static byte[] Ftyp(string brand) =>
        [0, 0, 0, 0x18, .. "ftyp"u8, .. Encoding.ASCII.GetBytes(brand), 0, 0, 2, 0, .. "isommp41"u8, 0, 0, 0, 8, .. "mdat"u8];

    /// <summary>An EBML header: version elements, then DocType (0x4282) with the given name.</summary>
    private static byte[] Ebml(string docType) =>
    [
        0x1A, 0x45, 0xDF, 0xA3, 0x9F,
        0x42, 0x86, 0x81, 0x01,
        0x42, 0xF7, 0x81, 0x01,
        0x42, 0x82, (byte)(0x80 | docType.Length), .. Encoding.ASCII.GetBytes(docType),
        0x42, 0x87, 0x81, 0x04,
    ];
}
