using Microsoft.Extensions.Time.Testing;
using ProducersAvenue.Domain.Storage;

namespace ProducersAvenue.Tests.Unit.Storage;

public sealed class LocalDiskFileStorageKeys : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pa-storage-" + Guid.NewGuid().ToString("N"));
    private readonly LocalDiskFileStorage _storage;

    public LocalDiskFileStorageKeys() =>
        _storage = new LocalDiskFileStorage(_root, new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero)));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task Saves_under_a_dated_key_of_its_own_making_and_reads_it_back()
    {
        var saved = await _storage.SaveAsync("avatars", "png", "image/png", new MemoryStream([1, 2, 3]));

        Assert.Matches("^avatars/2026/11/[0-9a-f]{32}\\.png$", saved.Key);
        Assert.Equal("/files/" + saved.Key, saved.Url);
        Assert.Equal(3, saved.SizeBytes);
        await using var read = await _storage.OpenReadAsync(saved.Key);
        Assert.NotNull(read);
        var buffer = new MemoryStream();
        await read.CopyToAsync(buffer);
        Assert.Equal([1, 2, 3], buffer.ToArray());
    }

    [Fact]
    public async Task Saves_under_one_sub_folder_and_says_whether_a_key_exists()
    {
        var saved = await _storage.SaveAsync("posts/0123456789abcdef0123456789abcdef", "png", "image/png", new MemoryStream([1]));

        Assert.Matches("^posts/0123456789abcdef0123456789abcdef/2026/11/[0-9a-f]{32}\\.png$", saved.Key);
        Assert.True(await _storage.ExistsAsync(saved.Key));
        await _storage.DeleteAsync(saved.Key);
        Assert.False(await _storage.ExistsAsync(saved.Key));
        Assert.False(await _storage.ExistsAsync("posts/a/b/c/2026/11/0123456789abcdef0123456789abcdef.png"));
    }

    [Theory]
    [InlineData("../secret.txt")]
    [InlineData("avatars/2026/11/../../../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("avatars\\2026\\11\\0123456789abcdef0123456789abcdef.png")]
    [InlineData("avatars/2026/11/..%2F..%2Fsecret.png")]
    [InlineData("")]
    public async Task Never_opens_a_path_outside_the_root(string key)
    {
        Assert.Null(await _storage.OpenReadAsync(key));
        Assert.Null(_storage.PathFor(key));
    }

    [Theory]
    [InlineData("../avatars", "png")]
    [InlineData("avatars", "png/../../x")]
    [InlineData("Avatars", "png")]
    [InlineData("posts/a/b", "png")]
    [InlineData("posts/../avatars", "png")]
    public async Task Refuses_folders_and_extensions_that_are_not_plain_names(string folder, string extension)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _storage.SaveAsync(folder, extension, "image/png", new MemoryStream([1])));
    }
}
