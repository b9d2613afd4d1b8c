using System.Globalization;
using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Storage;

/// <summary>Why an upload was refused (docs/decisions/018: codes <c>image.*</c>); each error carries the field of the form that sent it.</summary>
public static class StorageErrors
{
    public static Error Unreadable(string field) => new("image.unreadable",
        "This file is not a readable PNG, JPEG, GIF or WebP image. Export it again as one of these and retry.", field);

    public static Error Damaged(string field) => new("image.damaged",
        "This image is damaged or incomplete: its picture data could not be read. Export it again and retry.", field);

    public static Error TooManyPixels(string field, long maxPixels, int width, int height) => new("image.too_many_pixels",
        string.Create(CultureInfo.InvariantCulture,
            $"This image is {width} × {height} pixels; images can have up to {maxPixels / 1_000_000.0:0.#} megapixels. Scale it down and retry."),
        field);

    public static Error Empty(string field) => new("image.empty", "The file is empty.", field);

    /// <summary>A file over the limit (also used by pages that know the size before reading).</summary>
    public static Error TooLarge(string field, long maxBytes) => new("image.too_large",
        string.Create(CultureInfo.InvariantCulture, $"The image is larger than {maxBytes / (1024 * 1024.0):0.#} MB."), field);
}
