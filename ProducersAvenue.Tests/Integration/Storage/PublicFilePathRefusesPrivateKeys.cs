using System.Net;
using ProducersAvenue.Domain.Storage;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Storage;

/// <summary><c>/files/{key}</c> serves public media, never a private file, even to someone who knows its key.</summary>
public sealed class PublicFilePathRefusesPrivateKeys : IAsyncLifetime
{
    private TestDb _db = null!;
    private AppFactory _app = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _app = new AppFactory(_db);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task A_private_key_is_not_found_on_the_public_path_while_public_media_is_served()
    {
        await using var scope = _app.Scope();
        var storage = scope.Get<IFileStorage>();
        var publicFile = await storage.SaveAsync("avatars", "webp", "image/webp", new MemoryStream(TestImages.WebP(4, 4)));
        var privateFile = await storage.SaveAsync($"private-deliveries/{Guid.NewGuid():N}", "zip", "application/zip", new MemoryStream([1, 2, 3]));
        using var client = _app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(publicFile.Url)).StatusCode);
        Assert.True(await storage.ExistsAsync(privateFile.Key));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(privateFile.Url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/files/private/forged-token")).StatusCode);
    }
}
