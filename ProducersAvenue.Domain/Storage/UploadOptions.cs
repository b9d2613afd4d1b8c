namespace ProducersAvenue.Domain.Storage;

/// <summary>Configuration section <c>Uploads</c>: size limits of member uploads, in bytes.</summary>
public sealed class UploadOptions
{
    public const string Section = "Uploads";

    public long AvatarMaxBytes { get; set; } = 5 * 1024 * 1024;
    public long BannerMaxBytes { get; set; } = 8 * 1024 * 1024;
}
