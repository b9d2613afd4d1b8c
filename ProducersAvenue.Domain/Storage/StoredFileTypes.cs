namespace ProducersAvenue.Domain.Storage;

/// <summary>
/// The content type a stored file is served with, from the extension of its key. Keys are made by the server with the
/// extension of what was really stored, so this table is the whole list; anything else is served as bytes.
/// </summary>
public static class StoredFileTypes
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        ["png"] = "image/png",
        ["jpg"] = "image/jpeg",
        ["jpeg"] = "image/jpeg",
        ["webp"] = "image/webp",
        ["gif"] = "image/gif", // files stored before GIFs were re-encoded as PNG
        ["mp4"] = "video/mp4",
        ["webm"] = "video/webm",
        ["mp3"] = "audio/mpeg",
        ["wav"] = "audio/wav",
        ["ogg"] = "audio/ogg",
        ["flac"] = "audio/flac",
    };

    public static string ContentTypeFor(string extension) =>
        ByExtension.TryGetValue(extension, out var contentType) ? contentType : "application/octet-stream";
}
