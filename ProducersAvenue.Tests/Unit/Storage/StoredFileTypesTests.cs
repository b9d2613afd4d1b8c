using ProducersAvenue.Domain.Storage;

namespace ProducersAvenue.Tests.Unit.Storage;

/// <summary>The file endpoint serves each stored key with the content type of its server-chosen extension.</summary>
public sealed class StoredFileTypesTests
{
    [Theory]
    [InlineData("png", "image/png")]
    [InlineData("jpg", "image/jpeg")]
    [InlineData("webp", "image/webp")]
    [InlineData("gif", "image/gif")]
    [InlineData("mp4", "video/mp4")]
    [InlineData("webm", "video/webm")]
    [InlineData("html", "application/octet-stream")]
    [InlineData("svg", "application/octet-stream")]
    public void Serves_every_stored_format_with_its_own_type_and_anything_else_as_bytes(string extension, string contentType)
    {
        Assert.Equal(contentType, StoredFileTypes.ContentTypeFor(extension));
    }
}
