using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Storage;

namespace ProducersAvenue.Domain.Orders;

/// <summary>
/// A file a buyer attaches to the requirements or a seller to a delivery: the formats of product files (audio, ZIP, MIDI,
/// presets), each checked by its bytes against its name, at most <c>Orders:MaxFileBytes</c>, stored as a private order
/// file (<see cref="OrderFiles"/>). Returns the key the order keeps.
/// </summary>
public sealed class OrderUploads(PrivateFiles privateFiles, ICurrentUser user, IOptions<OrderOptions> options)
{
    public long MaxFileBytes => options.Value.MaxFileBytes;
    /// <summary>Files one delivery (or one order's requirements) carries at most.</summary>
    public int MaxFiles => options.Value.MaxFiles;
    public static string Accepted => ProductFileFormat.AcceptedProductExtensions;

    public async Task<Result<string>> UploadAsync(string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        if (user.UserId is null) return Error.SignInRequired;
        var name = Path.GetFileName(TextInput.Clean(fileName) ?? "");
        if (ProductFileFormat.Claimed(name) is not { } format) return OrdersErrors.FileTypeUnsupported(name);
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
        var header = new byte[ProductFileFormat.HeaderLength];
        var filled = 0;
        while (filled < header.Length && (read = await buffer.ReadAsync(header.AsMemory(filled), cancellationToken)) > 0) filled += read;
        if (!format.Matches(header.AsSpan(0, filled))) return OrdersErrors.FileTypeUnsupported(name);
        buffer.Position = 0;
        var saved = await privateFiles.SaveAsync(OrderFiles.Kind, format.Extension, format.ContentType, buffer, cancellationToken);
        return saved.Succeeded ? saved.Value!.Key : Result<string>.Fail(saved.Errors);
    }
}
