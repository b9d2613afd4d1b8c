using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Storage;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Unit.Storage;

public sealed class ImageUploadValidation
{
    private static ImageUploadValidator Validator(long avatarMaxBytes = 1024 * 1024, long bannerMaxBytes = 1024 * 1024) =>
        new(Options.Create(new UploadOptions { AvatarMaxBytes = avatarMaxBytes, BannerMaxBytes = bannerMaxBytes }),
            Options.Create(new ImageOptions { AvatarMaxSide = 64, BannerMaxSide = 256 }),
            new ImageReencoder(Options.Create(new ImageOptions())));

    [Fact]
    public async Task Refuses_a_text_file_renamed_to_png()
    {
        var text = "this is not an image, whatever its name says"u8.ToArray();

        var result = await Validator().ValidateAsync(ImageKind.Avatar, new MemoryStream(text), "Avatar");

        Assert.False(result.Succeeded);
        Assert.Equal("Avatar", result.FirstError!.Field);
        Assert.Contains("PNG, JPEG, GIF or WebP", result.FirstError.Message);
    }

    [Fact]
    public async Task Refuses_a_file_over_the_limit_of_its_kind()
    {
        var png = TestImages.Png(40, 40);
        var validator = Validator(avatarMaxBytes: png.Length - 1, bannerMaxBytes: png.Length);

        var avatar = await validator.ValidateAsync(ImageKind.Avatar, new MemoryStream(png), "Avatar");
        var banner = await validator.ValidateAsync(ImageKind.Banner, new MemoryStream(png), "Banner");

        Assert.Contains("larger than", avatar.FirstError?.Message);
        Assert.True(banner.Succeeded);
    }

    [Fact]
    public async Task Refuses_a_png_signature_followed_by_html_at_its_field()
    {
        var result = await Validator().ValidateAsync(ImageKind.Banner, new MemoryStream(TestImages.PngFollowedByHtml()), "Banner");

        Assert.Equal("Banner", result.FirstError?.Field);
        Assert.Equal("image.unreadable", result.FirstError!.Code);
    }

    [Fact]
    public async Task Scales_an_avatar_and_a_banner_to_the_longest_side_of_their_kind()
    {
        var png = TestImages.Png(400, 200);

        var avatar = await Validator().ValidateAsync(ImageKind.Avatar, new MemoryStream(png), "Avatar");
        var banner = await Validator().ValidateAsync(ImageKind.Banner, new MemoryStream(png), "Banner");

        Assert.Equal((64, 32), (avatar.Value!.Width, avatar.Value.Height));
        Assert.Equal((256, 128), (banner.Value!.Width, banner.Value.Height));
    }

    [Fact]
    public async Task Refuses_an_empty_file()
    {
        var result = await Validator().ValidateAsync(ImageKind.Banner, new MemoryStream(), "Banner");

        Assert.False(result.Succeeded);
        Assert.Equal("Banner", result.FirstError!.Field);
    }
}
