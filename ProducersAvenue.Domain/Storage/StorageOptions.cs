namespace ProducersAvenue.Domain.Storage;

/// <summary>Configuration section <c>Storage</c>: where files live.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary><c>Local</c> (the default: a folder on disk) or <c>Bunny</c> (Bunny.net Storage, <see cref="Bunny"/>).</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Local;

    public LocalStorageOptions Local { get; set; } = new();

    public BunnyStorageOptions Bunny { get; set; } = new();

    /// <summary>How long a download link to a private file works (<see cref="PrivateFiles"/>).</summary>
    public int PrivateLinkMinutes { get; set; } = 10;

    /// <summary>How many download links one member may ask for per <see cref="DownloadWindowSeconds"/> (product files, message attachments).</summary>
    public int DownloadsPerWindow { get; set; } = 120;

    public int DownloadWindowSeconds { get; set; } = 600;
}

public enum StorageProvider
{
    Local,
    Bunny,
}

/// <summary><c>Storage:Local</c>: the folder of <see cref="LocalDiskFileStorage"/>; relative paths are under the content root.</summary>
public sealed class LocalStorageOptions
{
    public string Root { get; set; } = "App_Data/files";
}

/// <summary>
/// <c>Storage:Bunny</c>: the storage zone of <see cref="BunnyFileStorage"/>. The access key is the zone's password
/// (FTP &amp; API Access): set it from a secret store or the environment (<c>Storage__Bunny__AccessKey</c>), never in a file.
/// </summary>
public sealed class BunnyStorageOptions
{
    /// <summary>The storage API of the zone's primary region: <c>https://storage.bunnycdn.com</c> (Falkenstein), <c>https://ny.storage.bunnycdn.com</c>, …</summary>
    public string Endpoint { get; set; } = "https://storage.bunnycdn.com";

    public string StorageZone { get; set; } = "";

    public string AccessKey { get; set; } = "";

    /// <summary>The pull zone that serves the storage zone to browsers, e.g. <c>https://producers-avenue.b-cdn.net</c>.</summary>
    public string PullZoneUrl { get; set; } = "";

    public int TimeoutSeconds { get; set; } = 100;
}
