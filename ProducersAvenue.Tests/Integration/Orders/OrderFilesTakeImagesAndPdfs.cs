using System.Text;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Orders;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Storage;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Orders;

/// <summary>
/// Order requirements and deliveries take images and PDFs beside audio, ZIP, MIDI and presets (decision 288): a real PNG,
/// JPEG, WebP, GIF or PDF is stored as uploaded under its own extension; an image that does not decode whole, has too many
/// pixels or is another kind than its name says, a PDF that is not one, and an SVG are refused with a message naming the
/// file. A delivered image reaches the buyer, the seller and admins, never a stranger.
/// </summary>
public sealed class OrderFilesTakeImagesAndPdfs : IAsyncLifetime
{
    /// <summary>A small PDF as writers make them: its version, one empty page, the cross-reference table and <c>%%EOF</c>.</summary>
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("""
        %PDF-1.4
        1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
        2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
        3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
        trailer << /Root 1 0 R /Size 4 >>
        %%EOF

        """);

    private readonly CurrentUser _user = new();
    private TestDb _db = null!;
    private OrderWorld _world = null!;
    private TestServices _services = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = await OrderWorld.CreateAsync(_db);
        var root = Path.Combine(Path.GetTempPath(), "pa-order-tests", Guid.NewGuid().ToString("N"));
        _services = _db.Services(_user, _world.Clock, new Dictionary<string, string?> { ["Storage:Local:Root"] = root });
        _user.Set(_world.Seller);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _db.DisposeAsync();
    }

    private Task<Result<string>> UploadAsync(string name, byte[] bytes) =>
        _services.Get<OrderUploads>().UploadAsync(name, new MemoryStream(bytes));

    private async Task<byte[]?> OpenAsync(Guid member, string key)
    {
        _user.Set(member, member == _world.Admin ? UserRole.Admin : UserRole.Member);
        var files = _services.Get<PrivateFiles>();
        if (await files.LinkAsync(key) is not { } link || await files.OpenAsync(link[PrivateFiles.LinkPrefix.Length..]) is not { } opened) return null;
        await using var content = opened.Content;
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    public static TheoryData<string, string, string> Images => new()
    {
        { "Cover art.png", "png", "image/png" },
        { "Cover art.jpg", "jpg", "image/jpeg" },
        { "Cover art.jpeg", "jpeg", "image/jpeg" },
        { "Cover art.webp", "webp", "image/webp" },
        { "Cover art.gif", "gif", "image/gif" },
    };

    private static byte[] ImageFor(string extension) => extension switch
    {
        "png" => TestImages.Png(300, 300),
        "jpg" or "jpeg" => TestImages.Jpeg(300, 300),
        "webp" => TestImages.WebP(300, 300),
        _ => TestImages.Gif(30, 30),
    };

    [Theory]
    [MemberData(nameof(Images))]
    public async Task A_real_image_is_kept_as_it_was_made_and_downloads_as_its_kind(string name, string extension, string contentType)
    {
        var bytes = ImageFor(extension);

        var key = (await UploadAsync(name, bytes)).Value!;

        Assert.Equal("." + extension, Path.GetExtension(key));
        Assert.Equal(contentType, StoredFileTypes.ContentTypeFor(extension)); // what the private download path serves it as
        Assert.Equal(bytes, await OpenAsync(_world.Seller, key)); // full size, byte for byte: not scaled or re-encoded
    }

    [Fact]
    public async Task A_real_pdf_is_accepted()
    {
        var key = (await UploadAsync("Lyrics.pdf", Pdf)).Value!;

        Assert.EndsWith(".pdf", key);
        Assert.Equal(Pdf, await OpenAsync(_world.Seller, key));
    }

    [Fact]
    public async Task Audio_zip_midi_and_presets_are_still_taken()
    {
        Assert.True((await UploadAsync("stems.zip", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3])).Succeeded);
        Assert.True((await UploadAsync("idea.mid", "MThd\0\0\0\u0006"u8.ToArray())).Succeeded);
        Assert.Equal("orders.file_contents_mismatch", (await UploadAsync("stems.zip", "not a zip"u8.ToArray())).FirstError?.Code);
    }

    public static TheoryData<string, byte[], string> Refused => new()
    {
        { "cover.png", "just some text, not a picture"u8.ToArray(), "“cover.png” was not attached: it is not a readable PNG file" },
        { "cover.png", TestImages.PngFollowedByHtml(), "“cover.png” was not attached: it is not a readable PNG file" },
        { "cover.png", TestImages.PngWithGarbagePixels(64, 64), "“cover.png” was not attached: it is not a readable PNG file" },
        { "cover.png", TestImages.Jpeg(40, 40), "“cover.png” was not attached: it is not a readable PNG file" },
        { "photo.jpg", TestImages.JpegMagicWithScript(), "“photo.jpg” was not attached: it is not a readable JPEG file" },
        { "huge.png", TestImages.PngClaiming(10_000, 10_000), "“huge.png” was not attached: images can have up to 40 megapixels. Scale it down, or put it in a ZIP." },
        { "notes.pdf", "Dear buyer, here are the lyrics."u8.ToArray(), "“notes.pdf” was not attached: it is not a readable PDF file" },
        { "notes.pdf", "%PDF-<html><script>alert(1)</script></html>"u8.ToArray(), "“notes.pdf” was not attached: it is not a readable PDF file" },
        { "notes.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n"u8.ToArray(), "“notes.pdf” was not attached: it is not a readable PDF file" },
        { "logo.svg", """<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>"""u8.ToArray(), "“logo.svg” was not attached: orders take audio, ZIP, MIDI, presets, images (PNG, JPEG, WebP, GIF) or PDF." },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_file_that_is_not_what_its_name_says_or_not_taken_is_refused_with_its_name(string name, byte[] bytes, string message)
    {
        var uploaded = await UploadAsync(name, bytes);

        Assert.False(uploaded.Succeeded);
        Assert.StartsWith(message, uploaded.FirstError!.Message);
        Assert.Equal(OrdersErrors.FilesField, uploaded.FirstError.Field);
    }

    [Fact]
    public async Task An_image_over_the_size_limit_is_refused_by_its_size()
    {
        await using var services = _db.Services(_user, _world.Clock, new Dictionary<string, string?> { ["Orders:MaxFileBytes"] = "1000" });

        var uploaded = await services.Get<OrderUploads>().UploadAsync("cover.png", new MemoryStream(TestImages.Png(300, 300)));

        Assert.Equal("orders.file_too_large", uploaded.FirstError?.Code);
    }

    [Fact]
    public async Task A_delivered_image_and_a_required_pdf_reach_the_buyer_the_seller_and_admins_but_no_stranger()
    {
        _user.Set(_world.Buyer);
        var brief = (await UploadAsync("Brief.pdf", Pdf)).Value!;
        var order = await _world.PlaceAsync(files: [brief], fileNames: ["Brief.pdf"]);
        OrderWorld.Must(await _world.Orders(_world.Seller).StartAsync(order));
        _user.Set(_world.Seller);
        var art = TestImages.Png(300, 300);
        var cover = (await UploadAsync("Cover 3000.png", art)).Value!;
        OrderWorld.Must(await _world.Orders(_world.Seller).DeliverAsync(new DeliverOrderCommand(order, [cover], "The cover", ["Cover 3000.png"])));

        Assert.Equal(art, await OpenAsync(_world.Buyer, cover));
        Assert.Equal(art, await OpenAsync(_world.Seller, cover));
        Assert.Equal(art, await OpenAsync(_world.Admin, cover));
        Assert.Null(await OpenAsync(_world.Stranger, cover));
        Assert.Equal(Pdf, await OpenAsync(_world.Seller, brief));
        Assert.Null(await OpenAsync(_world.Stranger, brief));

        _user.Set(_world.Buyer);
        var page = (await _services.Get<OrderQueries>().OrderAsync(order))!;
        Assert.Equal("Cover 3000.png", Assert.Single(page.DeliveryFiles).Name);
        Assert.Equal("Brief.pdf", Assert.Single(page.RequirementFiles).Name);
    }
}
