using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace ProducersAvenue.Web.Components.Layout;

/// <summary>
/// A stylesheet the app writes itself (the theme's, decision 124; MudBlazor's subset, decision 142) and serves at
/// <c>/{name}.{fingerprint}.css</c> (<c>Endpoints/StylesheetEndpoints</c>): the CSS, a fingerprint of it, and its Brotli and
/// gzip copies, each compressed once, when first asked for.
/// </summary>
public abstract class ServedStylesheet
{
    private readonly Lazy<byte[]> _brotli;
    private readonly Lazy<byte[]> _gzip;

    protected ServedStylesheet(string name, string css)
    {
        Name = name;
        Css = css;
        Bytes = Encoding.UTF8.GetBytes(css);
        Fingerprint = Convert.ToHexStringLower(SHA256.HashData(Bytes))[..12];
        _brotli = new(() => Compress(Bytes, s => new BrotliStream(s, CompressionLevel.SmallestSize)));
        _gzip = new(() => Compress(Bytes, s => new GZipStream(s, CompressionLevel.SmallestSize)));
    }

    /// <summary>The first segment of its address.</summary>
    public string Name { get; }
    public string Css { get; }
    public byte[] Bytes { get; }
    public string Fingerprint { get; }

    /// <summary>Where pages link it; the fingerprint changes whenever the CSS does.</summary>
    public string Href => $"/{Name}.{Fingerprint}.css";

    /// <summary>The stored copy for a request's <c>Accept-Encoding</c>: Brotli, gzip or none, and its encoding name.</summary>
    public (byte[] Body, string? Encoding) For(string acceptEncoding) =>
        acceptEncoding.Contains("br", StringComparison.OrdinalIgnoreCase) ? (_brotli.Value, "br")
        : acceptEncoding.Contains("gzip", StringComparison.OrdinalIgnoreCase) ? (_gzip.Value, "gzip")
        : (Bytes, null);

    private static byte[] Compress(byte[] bytes, Func<Stream, Stream> compressor)
    {
        using var target = new MemoryStream();
        using (var stream = compressor(target)) stream.Write(bytes);
        return target.ToArray();
    }
}
