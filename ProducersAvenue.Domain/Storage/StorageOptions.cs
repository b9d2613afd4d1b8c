namespace ProducersAvenue.Domain.Storage;

/// <summary>Configuration section <c>Storage</c>: where files live.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public LocalStorageOptions Local { get; set; } = new();
}

/// <summary><c>Storage:Local</c>: the folder of <see cref="LocalDiskFileStorage"/>; relative paths are under the content root.</summary>
public sealed class LocalStorageOptions
{
    public string Root { get; set; } = "App_Data/files";
}
