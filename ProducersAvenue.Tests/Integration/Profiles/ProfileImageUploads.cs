using System.Text;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Storage;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Tests.Unit.Storage;
using SkiaSharp;

namespace ProducersAvenue.Tests.Integration.Profiles;

public sealed class ProfileImageUploads : IAsyncLifetime
{
    private static readonly byte[] Png = TestImages.Png(64, 64);
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pa-uploads-" + Guid.NewGuid().ToString("N"));
    private TestDb _db = null!;
    private TestServices _services = null!;
    private Guid _me;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _me = await _db.CreateUserAsync("pic_owner");
        _services = _db.Services(CurrentUser.For(_me), settings: new Dictionary<string, string?> { ["Storage:Local:Root"] = _root });
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task An_uploaded_avatar_is_stored_and_replaces_the_previous_file()
    {
        var profiles = _services.Get<ProfileService>();

        var first = await profiles.SetImageAsync(ImageKind.Avatar, new MemoryStream(Png));
        var second = await profiles.SetImageAsync(ImageKind.Avatar, new MemoryStream(Png));

        Assert.Matches("^/files/avatars/2026/11/[0-9a-f]{32}\\.png$", second.Value);
        Assert.Equal(second.Value, await _db.ScalarAsync<string>("SELECT avatar_url FROM user_profiles WHERE user_id = $1", _me));
        var storage = _services.Get<IFileStorage>();
        Assert.Null(await storage.OpenReadAsync(storage.KeyFromUrl(first.Value)!));
        await using var stored = await storage.OpenReadAsync(storage.KeyFromUrl(second.Value)!);
        Assert.NotNull(stored);
    }

    [Fact]
    public async Task A_text_file_named_png_is_refused_at_the_banner_field_and_nothing_is_stored()
    {
        var result = await _services.Get<ProfileService>().SetImageAsync(ImageKind.Banner, new MemoryStream("hello"u8.ToArray()));

        Assert.Equal(ProfileFields.Banner, result.FirstError!.Field);
        Assert.Null(await _db.ScalarAsync<string>("SELECT banner_url FROM user_profiles WHERE user_id = $1", _me));
        Assert.False(Directory.Exists(Path.Combine(_root, "banners")));
    }

    [Theory]
    [MemberData(nameof(ImageReencoderTests.HostileSamples), MemberType = typeof(ImageReencoderTests))]
    public async Task A_file_that_only_starts_like_an_image_is_refused_at_the_avatar_field_and_nothing_is_stored(string sample)
    {
        var result = await _services.Get<ProfileService>().SetImageAsync(ImageKind.Avatar, new MemoryStream(ImageReencoderTests.Hostile(sample)));

        Assert.Equal(ProfileFields.Avatar, result.FirstError?.Field);
        Assert.False(string.IsNullOrWhiteSpace(result.FirstError!.Message));
        Assert.Null(await _db.ScalarAsync<string>("SELECT avatar_url FROM user_profiles WHERE user_id = $1", _me));
        Assert.False(Directory.Exists(Path.Combine(_root, "avatars")));
    }

    [Fact]
    public async Task An_avatar_claiming_a_hundred_thousand_pixels_square_is_refused_naming_the_megapixel_limit()
    {
        var result = await _services.Get<ProfileService>().SetImageAsync(ImageKind.Avatar, new MemoryStream(TestImages.PngClaiming(100_000, 100_000)));

        Assert.Equal("This image is 100000 × 100000 pixels; images can have up to 40 megapixels. Scale it down and retry.",
            result.ErrorFor(ProfileFields.Avatar));
    }

    [Fact]
    public async Task A_gif_polyglot_avatar_is_stored_as_a_fresh_png_without_its_script()
    {
        var result = await _services.Get<ProfileService>().SetImageAsync(ImageKind.Avatar, new MemoryStream(TestImages.GifPolyglot()));

        Assert.Matches("^/files/avatars/2026/11/[0-9a-f]{32}\\.png$", result.Value);
        var stored = await ReadStoredAsync(result.Value!);
        Assert.True(stored.AsSpan().StartsWith(TestImages.PngSignature));
        Assert.DoesNotContain("alert", Encoding.ASCII.GetString(stored));
    }

    [Fact]
    public async Task A_photo_avatar_is_stored_upright_without_its_gps_position_and_scaled_down()
    {
        var photo = TestImages.JpegWithExif(1600, 800, orientation: 6);

        var result = await _services.Get<ProfileService>().SetImageAsync(ImageKind.Avatar, new MemoryStream(photo));

        Assert.Matches("\\.jpg$", result.Value);
        var stored = await ReadStoredAsync(result.Value!);
        Assert.DoesNotContain(TestImages.GpsMarker, Encoding.ASCII.GetString(stored));
        Assert.DoesNotContain("Exif", Encoding.ASCII.GetString(stored));
        using var image = SKBitmap.Decode(stored);
        Assert.Equal((256, 512), (image.Width, image.Height));
    }

    [Theory]
    [InlineData("png", "png")]
    [InlineData("jpeg", "jpg")]
    [InlineData("webp", "webp")]
    [InlineData("gif", "png")]
    public async Task Each_accepted_format_becomes_a_banner_with_the_extension_of_what_was_stored(string sample, string extension)
    {
        var bytes = sample switch
        {
            "png" => TestImages.Png(300, 100),
            "jpeg" => TestImages.Jpeg(300, 100),
            "webp" => TestImages.WebP(300, 100),
            _ => TestImages.Gif(300, 100, frames: 2),
        };

        var result = await _services.Get<ProfileService>().SetImageAsync(ImageKind.Banner, new MemoryStream(bytes));

        Assert.Matches($"^/files/banners/2026/11/[0-9a-f]{{32}}\\.{extension}$", result.Value);
        using var image = SKBitmap.Decode(await ReadStoredAsync(result.Value!));
        Assert.Equal((300, 100), (image.Width, image.Height));
    }

    private async Task<byte[]> ReadStoredAsync(string url)
    {
        var storage = _services.Get<IFileStorage>();
        await using var stream = await storage.OpenReadAsync(storage.KeyFromUrl(url)!);
        var copy = new MemoryStream();
        await stream!.CopyToAsync(copy);
        return copy.ToArray();
    }
}
