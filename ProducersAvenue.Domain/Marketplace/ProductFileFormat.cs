using ProducersAvenue.Domain.Content.Audio;

namespace ProducersAvenue.Domain.Marketplace;

/// <summary>
/// The files a product may carry and the preview audio it may play, recognised by their bytes. A product file's name
/// says what it claims to be (its extension); the bytes must then carry that format's signature. Formats without a
/// published signature (Massive's <c>.nmsv</c>) are accepted by their extension unless the bytes are a recognisable
/// other kind (a program, a web page, an archive or image), so a renamed file cannot pass as a preset.
/// </summary>
public sealed record ProductFileFormat(string Type, string Extension, string ContentType)
{
    public const int HeaderLength = AudioSignature.HeaderLength;

    public static readonly ProductFileFormat Zip = new("zip", "zip", "application/zip");
    public static readonly ProductFileFormat Wav = new("wav", "wav", "audio/wav");
    public static readonly ProductFileFormat Mp3 = new("mp3", "mp3", "audio/mpeg");
    public static readonly ProductFileFormat Ogg = new("ogg", "ogg", "audio/ogg");
    public static readonly ProductFileFormat Flac = new("flac", "flac", "audio/flac");
    public static readonly ProductFileFormat Aiff = new("aiff", "aiff", "audio/aiff");
    public static readonly ProductFileFormat Midi = new("midi", "mid", "audio/midi");
    public static readonly ProductFileFormat Fxp = new("fxp", "fxp", "application/octet-stream");
    public static readonly ProductFileFormat Fxb = new("fxb", "fxb", "application/octet-stream");
    public static readonly ProductFileFormat Nmsv = new("nmsv", "nmsv", "application/octet-stream");
    public static readonly ProductFileFormat Vital = new("vital", "vital", "application/json");

    /// <summary>What a product file's extension promises.</summary>
    private static readonly Dictionary<string, ProductFileFormat> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zip"] = Zip, ["wav"] = Wav, ["mp3"] = Mp3, ["ogg"] = Ogg, ["flac"] = Flac, ["aif"] = Aiff, ["aiff"] = Aiff,
        ["mid"] = Midi, ["midi"] = Midi, ["fxp"] = Fxp, ["fxb"] = Fxb, ["nmsv"] = Nmsv, ["vital"] = Vital,
    };

    public static string AcceptedProductExtensions => string.Join(",", ByExtension.Keys.Select(e => "." + e));

    /// <summary>The kinds of product file, as the form tells a seller: "ZIP, WAV, … or VITAL".</summary>
    public static string AcceptedProductTypes
    {
        get
        {
            var names = ByExtension.Values.Distinct().Select(f => f.Type.ToUpperInvariant()).ToList();
            return $"{string.Join(", ", names[..^1])} or {names[^1]}";
        }
    }

    /// <summary>The format <paramref name="fileName"/> claims, or null when products do not take that kind of file.</summary>
    public static ProductFileFormat? Claimed(string fileName) =>
        ByExtension.GetValueOrDefault(Path.GetExtension(fileName).TrimStart('.'));

    /// <summary>Whether <paramref name="header"/> (the file's first bytes) is this format.</summary>
    public bool Matches(ReadOnlySpan<byte> header) => Type switch
    {
        "zip" => header.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]) || header.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x05, 0x06]),
        "wav" or "mp3" or "ogg" or "flac" => AudioSignature.Detect(header)?.Extension == Extension,
        "aiff" => header.Length >= 12 && header.StartsWith("FORM"u8) && (header[8..12].SequenceEqual("AIFF"u8) || header[8..12].SequenceEqual("AIFC"u8)),
        "midi" => header.StartsWith("MThd"u8),
        "fxp" or "fxb" => header.StartsWith("CcnK"u8),
        "vital" => FirstNonSpace(header) == (byte)'{',
        _ => !IsKnownOtherKind(header),
    };

    /// <summary>
    /// Whether a whole file of this format opens: a ZIP archive's directory must read (a header and junk behind it passed
    /// the signature and reached buyers as a broken download). Other formats are taken by their signature alone.
    /// </summary>
    public bool Opens(Stream file)
    {
        if (Type != "zip") return true;
        file.Position = 0;
        try
        {
            using var archive = new System.IO.Compression.ZipArchive(file, System.IO.Compression.ZipArchiveMode.Read, leaveOpen: true);
            return archive.Entries.Count >= 0;
        }
        catch (InvalidDataException)
        {
            return false;
        }
        finally
        {
            file.Position = 0;
        }
    }

    private static byte FirstNonSpace(ReadOnlySpan<byte> header)
    {
        var start = header.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        foreach (var b in header[start..])
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')) return b;
        return 0;
    }

    /// <summary>Programs, scripts and web pages, archives and images: never a preset without a signature.</summary>
    private static bool IsKnownOtherKind(ReadOnlySpan<byte> header) =>
        header.StartsWith("MZ"u8) || header.StartsWith((ReadOnlySpan<byte>)[0x7F, 0x45, 0x4C, 0x46]) || header.StartsWith("#!"u8) ||
        header.StartsWith("PK"u8) || header.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) ||
        header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) || header.StartsWith("%PDF"u8) ||
        header.StartsWith((ReadOnlySpan<byte>)[0xCA, 0xFE, 0xBA, 0xBE]) || header.StartsWith((ReadOnlySpan<byte>)[0xCF, 0xFA, 0xED, 0xFE]) ||
        FirstNonSpace(header) == (byte)'<';
}
