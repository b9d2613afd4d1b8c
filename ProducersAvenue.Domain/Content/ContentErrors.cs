using System.Globalization;
using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Content;

public static class ContentErrors
{
    public const string MediaField = "Media";

    public static readonly Error MediaEmpty = new("media.empty", "The file is empty.", MediaField);

    public static readonly Error MediaUnsupported = new("media.unsupported",
        "This file type is not supported. Upload a PNG, JPEG, GIF or WebP image, or an MP4 or WebM video.", MediaField);

    public static Error MediaTooLarge(MediaKind kind, long limitBytes) => new("media.too_large",
        $"{(kind == MediaKind.Image ? "Images" : "Videos")} can be up to {FormatSize(limitBytes)}.", MediaField);

    /// <summary>10485760 → "10 MB", 1572864 → "1.5 MB", 524288 → "512 KB".</summary>
    public static string FormatSize(long bytes)
    {
        const double kb = 1024, mb = 1024 * 1024;
        return bytes >= mb
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes / mb:0.#} MB")
            : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, Math.Round(bytes / kb)):0} KB");
    }
}
