using Microsoft.Extensions.Time.Testing;
using ProducersAvenue.Domain.Storage;

namespace ProducersAvenue.Tests.Unit.Storage;

/// <summary>
/// The one check that an address a member sends back (a post's media, a listing's images and preview, a service's samples)
/// is one of their own uploads: <see cref="FileStorageExtensions.MemberKeyFromUrl"/>.
/// </summary>
public sealed class MemberUploadsAreKnownByTheirFolder : IDisposable
{
    private static readonly Guid Me = Guid.Parse("0123456789abcdef0123456789abcdef");
    private static readonly Guid Other = Guid.Parse("fedcba9876543210fedcba9876543210");
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pa-storage-" + Guid.NewGuid().ToString("N"));
    private readonly LocalDiskFileStorage _storage;

    public MemberUploadsAreKnownByTheirFolder() =>
        _storage = new LocalDiskFileStorage(_root, new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero)));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task An_upload_in_the_members_own_folder_gives_its_key()
    {
        var saved = await _storage.SaveAsync(FileStorageExtensions.MemberFolder("posts", Me), "png", "image/png", new MemoryStream([1]));

        Assert.Equal(saved.Key, _storage.MemberKeyFromUrl(saved.Url, "posts", Me));
    }

    [Fact]
    public async Task Another_members_upload_or_another_kinds_folder_gives_nothing()
    {
        var theirs = await _storage.SaveAsync(FileStorageExtensions.MemberFolder("posts", Other), "png", "image/png", new MemoryStream([1]));
        var mine = await _storage.SaveAsync(FileStorageExtensions.MemberFolder("services", Me), "png", "image/png", new MemoryStream([1]));

        Assert.Null(_storage.MemberKeyFromUrl(theirs.Url, "posts", Me));
        Assert.Null(_storage.MemberKeyFromUrl(mine.Url, "posts", Me));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("https://elsewhere.example/files/posts/0123456789abcdef0123456789abcdef/2026/12/0123456789abcdef0123456789abcdef.png")]
    [InlineData("/files/posts/0123456789abcdef0123456789abcdef/../fedcba9876543210fedcba9876543210/2026/12/0123456789abcdef0123456789abcdef.png")]
    [InlineData("/files/posts/0123456789abcdef0123456789abcdefx/2026/12/0123456789abcdef0123456789abcdef.png")]
    [InlineData("/files/posts/0123456789abcdef0123456789abcdef")]
    public void A_made_up_address_gives_nothing(string? url) => Assert.Null(_storage.MemberKeyFromUrl(url, "posts", Me));
}
