using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Storage;

namespace ProducersAvenue.Domain.Orders;

/// <summary>
/// A file a buyer attaches to the requirements or a seller to a delivery (decision 288): audio, ZIP, MIDI, presets, images
/// or PDF (<see cref="OrderFileFormat"/>), each checked by its bytes against its name, at most <c>Orders:MaxFileBytes</c>,
/// stored as a private order file (<see cref="OrderFiles"/>). An image must also decode whole through the site's one image
/// gate (<see cref="ImageReencoder"/>: a format it knows, at most <c>Images:MaxPixels</c>, every pixel of its first frame
/// readable); the order then keeps the file as it was made, full size with its colour profile, as it keeps every other
/// kind. Returns the key the order keeps.
/// </summary>
public sealed class OrderUploads(PrivateFiles privateFiles, ImageReencoder images, IOptions<ImageOptions> imageOptions, ICurrentUser user,
    IOptions<OrderOptions> options)
{
    /// <summary>The longest side of the copy the image check encodes and throws away (only the decoding matters).</summary>
    private const int CheckedSide = 64;

    public long MaxFileBytes => options.Value.MaxFileBytes;
    /// <summary>Files one delivery (or one order's requirements) carries at most.</summary>
    public int MaxFiles => options.Value.MaxFiles;
    public static string Accepted => OrderFileFormat.Accepted;

    /// <summary>What the upload fields say they take, before a file is picked.</summary>
    public string Hint =>
        $"{char.ToUpperInvariant(OrderFileFormat.Described[0])}{OrderFileFormat.Described[1..]}: up to {MaxFileBytes / (1024 * 1024)} MB each, at most {Counted.Of(MaxFiles, "file")}.";

    public async Task<Result<string>> UploadAsync(string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        if (user.UserId is null) return Error.SignInRequired;
        var name = Path.GetFileName(TextInput.Clean(fileName) ?? "");
        if (OrderFileFormat.Claimed(name) is not { } format) return OrdersErrors.FileTypeUnsupported(name);
        var limit = options.Value.MaxFileBytes;
        await using var buffer = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var chunk = new byte[81920];
        long total = 0;
        int read;
        while (total <= limit && (read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            await buffer.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
            total += read;
        }
        if (total == 0 || total > limit) return OrdersErrors.FileTooLarge(name, limit / (1024 * 1024));
        buffer.Position = 0;
        var header = new byte[OrderFileFormat.HeaderLength];
        var filled = await buffer.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        if (!format.Matches(header.AsSpan(0, filled))) return OrdersErrors.FileContentsMismatch(name, format.Label);
        buffer.Position = Math.Max(0, total - OrderFileFormat.TrailerLength);
        var trailer = new byte[OrderFileFormat.TrailerLength];
        filled = await buffer.ReadAtLeastAsync(trailer, trailer.Length, throwOnEndOfStream: false, cancellationToken);
        if (!format.EndsWell(trailer.AsSpan(0, filled))) return OrdersErrors.FileContentsMismatch(name, format.Label);
        buffer.Position = 0;
        if (format.Of == OrderFileFormat.Family.Image && ImageProblem(name, format, buffer) is { } problem) return problem;
        buffer.Position = 0;
        var saved = await privateFiles.SaveAsync(OrderFiles.Kind, format.Extension, format.ContentType, buffer, cancellationToken);
        return saved.Succeeded ? saved.Value!.Key : Result<string>.Fail(saved.Errors);
    }

    /// <summary>Why the image cannot be attached (it does not decode whole, or has too many pixels), or null when it can.</summary>
    private Error? ImageProblem(string name, OrderFileFormat format, Stream buffer)
    {
        var checkedImage = images.Reencode(buffer, CheckedSide, OrdersErrors.FilesField);
        if (checkedImage.Succeeded) return null;
        return checkedImage.FirstError!.Code == "image.too_many_pixels"
            ? OrdersErrors.ImageTooManyPixels(name, imageOptions.Value.MaxPixels)
            : OrdersErrors.FileContentsMismatch(name, format.Label);
    }
}
