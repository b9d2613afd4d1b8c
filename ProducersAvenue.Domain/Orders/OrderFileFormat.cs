using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Marketplace;

namespace ProducersAvenue.Domain.Orders;

/// <summary>
/// The kinds of file an order's requirements and deliveries take (decision 288): a product file's formats (audio, ZIP,
/// MIDI, presets: <see cref="ProductFileFormat"/>), images (PNG, JPEG, WebP, GIF) and PDF. The name says what a file
/// claims to be and its first bytes must carry that format's signature; an image must then also decode whole
/// (<see cref="OrderUploads"/>). The stored key gets the format's extension, so the download is served as that type.
/// </summary>
public sealed record OrderFileFormat(string Label, string Extension, string ContentType, OrderFileFormat.Family Of, ProductFileFormat? Product = null)
{
    public enum Family { Product, Image, Pdf }

    /// <summary>The bytes <see cref="Matches"/> reads: the product formats' header (at least a PDF's and a WebP's).</summary>
    public const int HeaderLength = ProductFileFormat.HeaderLength;

    /// <summary>What the forms say the field takes.</summary>
    public const string Described = "audio, ZIP, MIDI, presets, images (PNG, JPEG, WebP, GIF) or PDF";

    public static readonly OrderFileFormat Pdf = new("PDF", "pdf", "application/pdf", Family.Pdf);

    /// <summary>Images by their name's extension; <c>.jpeg</c> keeps its own, so "cover.jpeg" is not saved as "cover.jpeg.jpg".</summary>
    private static readonly Dictionary<string, OrderFileFormat> Images = new(StringComparer.OrdinalIgnoreCase)
    {
        ["png"] = new("PNG", "png", "image/png", Family.Image),
        ["jpg"] = new("JPEG", "jpg", "image/jpeg", Family.Image),
        ["jpeg"] = new("JPEG", "jpeg", "image/jpeg", Family.Image),
        ["webp"] = new("WebP", "webp", "image/webp", Family.Image),
        ["gif"] = new("GIF", "gif", "image/gif", Family.Image),
    };

    /// <summary>The file picker's <c>accept</c> list (the server still decides by the bytes).</summary>
    public static string Accepted =>
        $"{ProductFileFormat.AcceptedProductExtensions},{string.Join(",", Images.Keys.Select(e => "." + e))},.{Pdf.Extension}";

    /// <summary>The format <paramref name="fileName"/> claims, or null when orders do not take that kind of file (an SVG, a program).</summary>
    public static OrderFileFormat? Claimed(string fileName)
    {
        var extension = Path.GetExtension(fileName).TrimStart('.');
        if (Images.TryGetValue(extension, out var image)) return image;
        if (string.Equals(extension, Pdf.Extension, StringComparison.OrdinalIgnoreCase)) return Pdf;
        return ProductFileFormat.Claimed(fileName) is { } product
            ? new(product.Type.ToUpperInvariant(), product.Extension, product.ContentType, Family.Product, product)
            : null;
    }

    /// <summary>Whether <paramref name="header"/> (the file's first bytes) carries this format's signature.</summary>
    public bool Matches(ReadOnlySpan<byte> header) => Of switch
    {
        Family.Product => Product!.Matches(header),
        // "%PDF-1.7", "%PDF-2.0": the version is part of the signature, so "%PDF-" and any text after it is not a PDF.
        Family.Pdf => header.Length >= 8 && header.StartsWith("%PDF-"u8) && char.IsAsciiDigit((char)header[5]) && header[6] == '.'
            && char.IsAsciiDigit((char)header[7]),
        // An image by the site's one signature check for uploaded media.
        _ => MediaUploadRules.Detect(header)?.ContentType == ContentType,
    };

    /// <summary>
    /// Whether <paramref name="trailer"/> (the file's last bytes, at most 1024) ends a PDF: readers look for <c>%%EOF</c>
    /// there, so a file cut short in the upload, or a PDF header glued on something else, is refused. Other formats
    /// are not judged by their end.
    /// </summary>
    public bool EndsWell(ReadOnlySpan<byte> trailer) => Of != Family.Pdf || trailer.IndexOf("%%EOF"u8) >= 0;

    /// <summary>How many bytes at its end <see cref="EndsWell"/> reads.</summary>
    public const int TrailerLength = 1024;
}
