using ProducersAvenue.Domain.Storage;

namespace ProducersAvenue.Tests.Support.Fakes;

/// <summary>Keeps saved files in memory.</summary>
public sealed class FakeFileStorage : IFileStorage
{
    public Dictionary<string, byte[]> Files { get; } = [];

    public async Task<StoredFile> SaveAsync(string folder, string extension, string contentType, Stream content, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        var key = $"{folder}/{Guid.NewGuid():N}.{extension}";
        Files[key] = buffer.ToArray();
        return new StoredFile(key, UrlFor(key), buffer.Length, contentType);
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default) =>
        Task.FromResult<Stream?>(Files.TryGetValue(key, out var bytes) ? new MemoryStream(bytes) : null);

    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default) => Task.FromResult(Files.ContainsKey(key));

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        Files.Remove(key);
        return Task.CompletedTask;
    }

    public string UrlFor(string key) => $"/files/{key}";
}
