using System.Net;
using Microsoft.Extensions.Time.Testing;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Storage;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Storage;

/// <summary>
/// The Bunny.net storage client against a local server that speaks its API: upload, download, delete, the access key on
/// every request, and refusals and outages as clear failures. Selected by <c>Storage:Provider</c>.
/// </summary>
public sealed class BunnyStorageAgainstAFakeServer : IAsyncLifetime
{
    private readonly FakeBunnyStorage _bunny = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
    private readonly HttpClient _http = new();

    public Task InitializeAsync() => _bunny.InitializeAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _bunny.DisposeAsync();
    }

    private BunnyFileStorage Storage(string password = FakeBunnyStorage.Password, string zone = FakeBunnyStorage.Zone) => new(_http, new BunnyStorageOptions
    {
        Endpoint = _bunny.BaseUri.ToString(),
        StorageZone = zone,
        AccessKey = password,
        PullZoneUrl = "https://cdn.example.test/",
    }, _clock);

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        await using (stream)
        {
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer);
            return buffer.ToArray();
        }
    }

    [Fact]
    public async Task Uploads_downloads_and_deletes_a_file_with_the_access_key()
    {
        var storage = Storage();
        byte[] bytes = [1, 2, 3, 4, 5];

        var saved = await storage.SaveAsync("avatars", "png", "image/png", new MemoryStream(bytes));

        Assert.Matches("^avatars/2026/11/[0-9a-f]{32}\\.png$", saved.Key);
        Assert.Equal(5, saved.SizeBytes);
        Assert.Equal("https://cdn.example.test/" + saved.Key, saved.Url);
        Assert.Equal(bytes, _bunny.Files[saved.Key]);
        Assert.True(await storage.ExistsAsync(saved.Key));
        Assert.Equal(bytes, await ReadAllAsync((await storage.OpenReadAsync(saved.Key))!));
        Assert.Equal(saved.Key, storage.KeyFromUrl(saved.Url));

        await storage.DeleteAsync(saved.Key);

        Assert.False(_bunny.Files.ContainsKey(saved.Key));
        Assert.Null(await storage.OpenReadAsync(saved.Key));
        Assert.False(await storage.ExistsAsync(saved.Key));
        await storage.DeleteAsync(saved.Key); // deleting what is gone changes nothing
        Assert.All(_bunny.Requests, r => Assert.Equal(FakeBunnyStorage.Password, r.AccessKey));
        Assert.Contains(_bunny.Requests, r => r is { Method: "PUT" } && r.Path == $"/{FakeBunnyStorage.Zone}/{saved.Key}");
    }

    [Fact]
    public async Task Private_files_go_through_the_same_store()
    {
        var member = Guid.NewGuid();
        var files = new PrivateFiles(Storage(), new Microsoft.AspNetCore.DataProtection.EphemeralDataProtectionProvider(), [], CurrentUser.For(member), _clock,
            Microsoft.Extensions.Options.Options.Create(new StorageOptions()));

        var saved = (await files.SaveAsync("product", "zip", "application/zip", new MemoryStream([9, 9]))).Value!;
        var link = await files.LinkAsync(saved.Key);

        Assert.StartsWith($"private-product/{member:N}/", saved.Key);
        Assert.True(_bunny.Files.ContainsKey(saved.Key));
        Assert.NotNull(link);
        Assert.Equal([9, 9], await ReadAllAsync((await files.OpenAsync(link[PrivateFiles.LinkPrefix.Length..]))!.Content));
    }

    [Fact]
    public async Task A_wrong_access_key_is_a_clear_failure_that_names_the_setting()
    {
        var storage = Storage(password: "wrong");

        var upload = await Assert.ThrowsAsync<FileStorageException>(() => storage.SaveAsync("avatars", "png", "image/png", new MemoryStream([1])));
        var download = await Assert.ThrowsAsync<FileStorageException>(() => storage.OpenReadAsync("avatars/2026/11/0123456789abcdef0123456789abcdef.png"));

        Assert.Equal(HttpStatusCode.Unauthorized, upload.Status);
        Assert.Contains("Storage:Bunny:AccessKey", upload.Message);
        Assert.Equal(HttpStatusCode.Unauthorized, download.Status);
    }

    [Fact]
    public async Task An_unknown_zone_is_a_clear_failure_on_upload()
    {
        var failure = await Assert.ThrowsAsync<FileStorageException>(() => Storage(zone: "no-such-zone").SaveAsync("avatars", "png", "image/png", new MemoryStream([1])));

        Assert.Equal(HttpStatusCode.NotFound, failure.Status);
        Assert.Contains("Storage:Bunny:StorageZone", failure.Message);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    public async Task A_server_error_is_a_clear_failure_on_every_operation(int status)
    {
        var storage = Storage();
        var key = (await storage.SaveAsync("avatars", "png", "image/png", new MemoryStream([1]))).Key;

        _bunny.FailNext = status;
        var upload = await Assert.ThrowsAsync<FileStorageException>(() => storage.SaveAsync("avatars", "png", "image/png", new MemoryStream([1])));
        _bunny.FailNext = status;
        var download = await Assert.ThrowsAsync<FileStorageException>(() => storage.OpenReadAsync(key));
        _bunny.FailNext = status;
        var delete = await Assert.ThrowsAsync<FileStorageException>(() => storage.DeleteAsync(key));

        Assert.All([upload, download, delete], e => Assert.Equal((HttpStatusCode)status, e.Status));
        Assert.Contains("try again later", upload.Message);
        Assert.True(_bunny.Files.ContainsKey(key));
    }

    [Fact]
    public async Task A_store_that_cannot_be_reached_is_a_clear_failure()
    {
        var storage = new BunnyFileStorage(_http, new BunnyStorageOptions
        {
            Endpoint = $"http://127.0.0.1:{FreePort.Next()}", StorageZone = "zone", AccessKey = "key", PullZoneUrl = "https://cdn.example.test",
        }, _clock);

        var failure = await Assert.ThrowsAsync<FileStorageException>(() => storage.SaveAsync("avatars", "png", "image/png", new MemoryStream([1])));

        Assert.Contains("could not be reached", failure.Message);
    }

    [Fact]
    public async Task Malformed_keys_never_reach_the_store()
    {
        var storage = Storage();

        Assert.Null(await storage.OpenReadAsync("../other-zone/secret.txt"));
        Assert.False(await storage.ExistsAsync("avatars/../../x"));
        await storage.DeleteAsync("avatars/*");
        Assert.Empty(_bunny.Requests);
    }

    [Fact]
    public async Task Configuration_selects_bunny_and_refuses_to_start_without_its_settings()
    {
        await using var db = await TestDatabase.CreateAsync();
        var bunny = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Bunny", ["Storage:Bunny:Endpoint"] = _bunny.BaseUri.ToString(), ["Storage:Bunny:StorageZone"] = FakeBunnyStorage.Zone,
            ["Storage:Bunny:AccessKey"] = FakeBunnyStorage.Password, ["Storage:Bunny:PullZoneUrl"] = "https://cdn.example.test",
        };

        Assert.IsType<LocalDiskFileStorage>(db.Services().Get<IFileStorage>());
        var storage = Assert.IsType<BunnyFileStorage>(db.Services(settings: bunny).Get<IFileStorage>());
        Assert.True(await storage.ExistsAsync((await storage.SaveAsync("banners", "webp", "image/webp", new MemoryStream([4]))).Key));

        bunny.Remove("Storage:Bunny:AccessKey");
        var refused = Assert.Throws<InvalidOperationException>(() => db.Services(settings: bunny).Get<IFileStorage>());
        Assert.Contains("Storage:Bunny:AccessKey", refused.Message);
    }
}
