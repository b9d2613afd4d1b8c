namespace ProducersAvenue.Domain.Messaging;

/// <summary>
/// A file on a message: its private storage key (kind <see cref="MessageAttachments.Kind"/>, decision 207), the name the
/// sender gave it, whether it is an image (shown inline) and its size.
/// </summary>
public sealed record MessageAttachment(string Key, string Name, bool IsImage, long SizeBytes);
