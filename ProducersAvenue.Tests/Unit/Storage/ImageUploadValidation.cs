using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Storage;

namespace ProducersAvenue.Tests.Unit.Storage;

public sealed class ImageUploadValidation
{
    private static readonly byte[] PngHeader = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
    private readonly ImageUploadValidator _validator = new(Options.Create(new UploadOptions { AvatarMaxBytes = 1024, BannerMaxBytes = 4096 }));

    [Fact]
    public async Task Refuses_a_text_file_renamed_to_png()
    {
        var text = "this is not an image, whatever its name says"u8.ToArray();

        var result = await _validator.ValidateAsync(ImageKind.Avatar, new MemoryStream(text), "Avatar");

        Assert.False(result.Succeeded);
        Assert.Equal("Avatar", result.FirstError!.Field);
        Assert.Contains("PNG, JPEG, WebP or GIF", result.FirstError.Message);
    }

    [Fact]
    public async Task Refuses_a_file_over_the_limit_of_its_kind()
    {
        var oversize = PngHeader.Concat(new byte[2000]).ToArray();

        var avatar = await _validator.ValidateAsync(ImageKind.Avatar, new MemoryStream(oversize), "Avatar");
        var banner = await _validator.ValidateAsync(ImageKind.Banner, new MemoryStream(oversize), "Banner");

        Assert.False(avatar.Succeeded);
        Assert.Contains("larger than", avatar.FirstError!.Message);
        Assert.True(banner.Succeeded);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4 }, "image/png", "png")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46, 0, 1 }, "image/jpeg", "jpg")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0, 0 }, "image/gif", "gif")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 0x24, 0, 0, 0, 0x57, 0x45, 0x42, 0x50 }, "image/webp", "webp")]
    public async Task Recognises_the_format_from_the_leading_bytes(byte[] content, string contentType, string extension)
    {
        var result = await _validator.ValidateAsync(ImageKind.Avatar, new MemoryStream(content), "Avatar");

        Assert.True(result.Succeeded);
        Assert.Equal(contentType, result.Value!.Format.ContentType);
        Assert.Equal(extension, result.Value.Format.Extension);
    }

    [Fact]
    public async Task Refuses_an_empty_file()
    {
        var result = await _validator.ValidateAsync(ImageKind.Banner, new MemoryStream(), "Banner");

        Assert.False(result.Succeeded);
        Assert.Equal("Banner", result.FirstError!.Field);
    }
}
