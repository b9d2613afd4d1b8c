using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Storage;

namespace ProducersAvenue.Domain.Messaging;

/// <summary>
/// Attachments of messages (decision 207): an upload is buffered (never more than <see cref="MessagingOptions.AttachmentMaxBytes"/>
/// plus one byte) and checked by its bytes. An image is decoded and encoded anew (<see cref="ImageReencoder"/>) and only
/// that new file is stored; another file must be what its name says (the product files' formats: archives, audio, MIDI,
/// presets). Everything is stored privately (<see cref="PrivateFiles"/>, kind <see cref="Kind"/>): only the conversation's
/// participants download it (<see cref="MessageAttachmentRule"/>).
/// </summary>
public sealed class MessageAttachments(PrivateFiles files, IFileStorage storage, ImageReencoder images, IOptions<ImageOptions> imageOptions,
    IOptions<MessagingOptions> options, ICurrentUser user)
{
    public const string Kind = "message";
    public const string Field = "Attachments";
    private static readonly string[] ImageExtensions = ["jpg", "jpeg", "png", "webp", "gif"];

    public long MaxBytes => options.Value.AttachmentMaxBytes;
    /// <summary>How many files one message carries (<see cref="MessagingOptions.AttachmentsPerMessage"/>).</summary>
    public int PerMessage => options.Value.AttachmentsPerMessage;

    /// <summary>The <c>accept</c> list for the file picker (the server still decides by the bytes).</summary>
    public static string Accepted => string.Join(",", ImageExtensions.Select(e => "." + e)) + "," + ProductFileFormat.AcceptedProductExtensions;

    /// <param name="progress">Receives the bytes read so far.</param>
    public async Task<Result<MessageAttachment>> UploadAsync(string? fileName, Stream content, IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        if (user.UserId is null) return Error.SignInRequired;
        var name = Path.GetFileName((TextInput.Clean(fileName) ?? "").Trim());
        if (name.Length == 0) name = "file";
        name = DownloadName.Shorten(name);
        var extension = Path.GetExtension(name).TrimStart('.').ToLowerInvariant();
        var isImage = ImageExtensions.Contains(extension);
        var format = isImage ? null : ProductFileFormat.Claimed(name.ToLowerInvariant());
        if (!isImage && format is null) return MessagingErrors.AttachmentTypeUnsupported(name);

        await using var buffer = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var chunk = new byte[81920];
        long total = 0;
        int read;
        while (total <= MaxBytes && (read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            await buffer.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
            total += read;
            progress?.Report(total);
        }
        if (total == 0) return MessagingErrors.AttachmentEmpty(name);
        if (total > MaxBytes) return MessagingErrors.AttachmentTooLarge(name, MaxBytes);
        buffer.Position = 0;

        Result<StoredFile> saved;
        if (isImage)
        {
            var image = images.Reencode(buffer, imageOptions.Value.PostImageMaxSide, Field);
            if (image.Value is not { } clean) return MessagingErrors.AttachmentBytesMismatch(name);
            using var bytes = new MemoryStream(clean.Content, writable: false);
            saved = await files.SaveAsync(Kind, clean.Format.Extension, clean.Format.ContentType, bytes, cancellationToken);
        }
        else
        {
            var header = new byte[ProductFileFormat.HeaderLength];
            var length = await buffer.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
            if (!format!.Matches(header.AsSpan(0, length))) return MessagingErrors.AttachmentBytesMismatch(name);
            buffer.Position = 0;
            saved = await files.SaveAsync(Kind, format.Extension, format.ContentType, buffer, cancellationToken);
        }
        if (saved.Value is not { } stored) return Result<MessageAttachment>.Fail(saved.Errors);
        return new MessageAttachment(stored.Key, name, isImage, stored.SizeBytes);
    }

    /// <summary>Whether every attachment is a message file the current member uploaded and that is still stored.</summary>
    public async Task<bool> AreOwnUploadsAsync(IEnumerable<MessageAttachment> attachments, CancellationToken cancellationToken = default)
    {
        foreach (var attachment in attachments)
        {
            if (user.UserId is not { } me || PrivateFileKey.Parse(attachment.Key) is not { Kind: Kind } file || file.Owner != me ||
                attachment.Key.Contains("..", StringComparison.Ordinal) || !await storage.ExistsAsync(attachment.Key, cancellationToken))
                return false;
        }
        return true;
    }

    /// <summary>Removes an upload the member took off the composer again (only their own).</summary>
    public async Task DiscardAsync(MessageAttachment attachment, CancellationToken cancellationToken = default)
    {
        if (user.UserId is { } me && PrivateFileKey.Parse(attachment.Key) is { Kind: Kind } file && file.Owner == me &&
            !attachment.Key.Contains("..", StringComparison.Ordinal))
            await storage.DeleteAsync(attachment.Key, cancellationToken);
    }
}
