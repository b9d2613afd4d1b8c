using System.Text;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Storage;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Tests.Unit.Content;
using ProducersAvenue.Tests.Unit.Content.Audio;
using ProducersAvenue.Tests.Unit.Marketplace;

namespace ProducersAvenue.Tests.Integration.Marketplace;

/// <summary>
/// A product's preview video (decision 293) on real PostgreSQL and local-disk storage: an MP4 or WebM whose container is whole
/// is stored publicly in the seller's <c>product-video</c> folder (an MP4's location blanked, as a post's video is), saved
/// on the listing beside or without the preview audio, shown by the product page and marked on the storefront's card, and
/// taken off by an edit; anything else — audio, a web page, a cut-off MP4, an oversize file, another seller's video — is
/// refused at the preview video's field with nothing stored or saved.
/// </summary>
public sealed class AListingsPreviewVideoIsCheckedByItsBytes : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pa-listing-video-" + Guid.NewGuid().ToString("N"));
    private TestDb _db = null!;
    private Guid _category;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _category = await _db.ScalarAsync<Guid>("SELECT id FROM categories WHERE is_active ORDER BY sort_order LIMIT 1");
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private async Task<(Guid Id, TestServices Services)> SellerAsync(string username, long maxVideoBytes = 1024 * 1024)
    {
        var id = await _db.CreateUserAsync(username);
        return (id, _db.As(id, settings: new Dictionary<string, string?>
        {
            ["Storage:Local:Root"] = _root,
            ["Marketplace:MaxPreviewVideoBytes"] = maxVideoBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
    }

    private SaveProductCommand Listing(ProductFile file, string? video, string? audio = null) => new()
    {
        Title = "Night Drive Stems", ProductKind = ProductKind.Stems, PriceMode = PriceMode.Free, CategoryId = _category,
        PreviewVideoUrl = video, PreviewAudioUrl = audio, Files = [file],
    };

    private static async Task<ProductFile> FileAsync(TestServices seller) =>
        (await seller.Get<ProductUploads>().UploadFileAsync("stems.wav", new MemoryStream(ProductFilesAreWhatTheirNamesSay.Wav()))).Value!;

    private static async Task<string> VideoAsync(TestServices seller, byte[] bytes)
    {
        var upload = await seller.Get<ProductUploads>().UploadPreviewVideoAsync(new MemoryStream(bytes));
        Assert.True(upload.Succeeded, upload.FirstError?.Message);
        return upload.Value!;
    }

    private IEnumerable<string> StoredVideos() => Directory.Exists(Path.Combine(_root, ProductUploads.VideoFolder))
        ? Directory.EnumerateFiles(Path.Combine(_root, ProductUploads.VideoFolder), "*", SearchOption.AllDirectories)
        : [];

    [Fact]
    public async Task A_video_is_stored_publicly_saved_beside_the_audio_shown_and_taken_off_by_an_edit()
    {
        var (sellerId, seller) = await SellerAsync("clip_maker");
        var video = await VideoAsync(seller, VideoSamples.Mp4(withLocation: true));
        var audio = (await seller.Get<ProductUploads>().UploadPreviewAudioAsync(new MemoryStream(AudioSamples.Mp3))).Value!;
        var products = seller.Get<ProductService>();

        var created = await products.CreateAsync(Listing(await FileAsync(seller), video, audio));
        Assert.True(created.Succeeded, created.FirstError?.Message);
        Assert.True((await products.PublishAsync(created.Value)).Succeeded);

        Assert.Contains($"/{ProductUploads.VideoFolder}/{sellerId:N}/", video);
        Assert.EndsWith(".mp4", video);
        var key = seller.Get<IFileStorage>().KeyFromUrl(video)!;
        Assert.DoesNotContain(VideoSamples.Location, Encoding.Latin1.GetString(await File.ReadAllBytesAsync(Path.Combine(_root, key))));
        Assert.Equal(video, await _db.ScalarAsync<string>("SELECT preview_video_url FROM products WHERE id = $1", created.Value));
        Assert.Equal(audio, await _db.ScalarAsync<string>("SELECT preview_audio_url FROM products WHERE id = $1", created.Value));
        var page = (await seller.Get<ProductQueries>().BySlugAsync("night-drive-stems"))!;
        Assert.Equal(video, page.PreviewVideoUrl);
        Assert.True(Assert.Single((await seller.Get<StorefrontQueries>().SearchAsync(new StorefrontFilter())).Items).HasPreviewVideo);

        // An edit keeps the video the listing carries, and takes it off when the seller removes it (the audio stays).
        var edit = (await seller.Get<ProductQueries>().ForEditAsync(created.Value))!.Command;
        Assert.Equal(video, edit.PreviewVideoUrl);
        Assert.True((await products.UpdateAsync(created.Value, edit with { Description = "Four stems." })).Succeeded);
        Assert.Equal(video, await _db.ScalarAsync<string>("SELECT preview_video_url FROM products WHERE id = $1", created.Value));
        var cleared = await products.UpdateAsync(created.Value, edit with { PreviewVideoUrl = null });

        Assert.True(cleared.Succeeded, cleared.FirstError?.Message);
        Assert.Null(await _db.ScalarAsync<string>("SELECT preview_video_url FROM products WHERE id = $1", created.Value));
        Assert.Equal(audio, await _db.ScalarAsync<string>("SELECT preview_audio_url FROM products WHERE id = $1", created.Value));
        Assert.Null((await seller.Get<ProductQueries>().BySlugAsync("night-drive-stems"))!.PreviewVideoUrl);
    }

    [Fact]
    public async Task A_webm_is_taken_and_a_listing_may_have_the_video_without_audio()
    {
        var (_, seller) = await SellerAsync("webm_maker");
        var video = await VideoAsync(seller, VideoSamples.WebM());

        var created = await seller.Get<ProductService>().CreateAsync(Listing(await FileAsync(seller), video));

        Assert.True(created.Succeeded, created.FirstError?.Message);
        Assert.EndsWith(".webm", video);
        Assert.Null(await _db.ScalarAsync<string>("SELECT preview_audio_url FROM products WHERE id = $1", created.Value));
    }

    public static TheoryData<string, byte[], string> NotVideos => new()
    {
        { "an MP3", AudioSamples.Mp3, "marketplace.preview_video_unsupported" },
        { "a web page named .mp4", "<!DOCTYPE html><html><video>"u8.ToArray(), "marketplace.preview_video_unsupported" },
        { "an MP4 signature before other bytes", [.. MediaSamples.Mp4, .. new byte[64]], "marketplace.preview_video_malformed" },
        { "a cut-off MP4", VideoSamples.Mp4()[..^40], "marketplace.preview_video_malformed" },
    };

    [Theory]
    [MemberData(nameof(NotVideos))]
    public async Task What_is_not_a_whole_video_by_its_bytes_is_refused_at_the_field_and_not_stored(string what, byte[] bytes, string code)
    {
        var (_, seller) = await SellerAsync("not_a_clip");

        var upload = await seller.Get<ProductUploads>().UploadPreviewVideoAsync(new MemoryStream(bytes));

        Assert.False(upload.Succeeded, what);
        Assert.Equal(code, upload.FirstError?.Code);
        Assert.Equal(nameof(SaveProductCommand.PreviewVideoUrl), upload.FirstError?.Field);
        Assert.Empty(StoredVideos());
    }

    [Fact]
    public async Task An_oversize_video_is_refused_with_the_configured_limit()
    {
        var (_, seller) = await SellerAsync("long_clip", maxVideoBytes: 1024);

        var upload = await seller.Get<ProductUploads>().UploadPreviewVideoAsync(new MemoryStream(VideoSamples.Mp4().Concat(new byte[2048]).ToArray()));

        Assert.Equal("marketplace.upload_too_large", upload.FirstError?.Code);
        Assert.Equal(nameof(SaveProductCommand.PreviewVideoUrl), upload.FirstError?.Field);
        Assert.Equal("Preview videos can be up to 1 KB.", upload.FirstError?.Message);
        Assert.Empty(StoredVideos());
    }

    [Fact]
    public async Task Another_sellers_video_or_a_made_up_address_is_refused_and_nothing_is_saved()
    {
        var (_, owner) = await SellerAsync("clip_owner");
        var (thiefId, thief) = await SellerAsync("clip_thief");
        var stolen = await VideoAsync(owner, VideoSamples.Mp4());
        var file = await FileAsync(thief);

        var withStolen = await thief.Get<ProductService>().CreateAsync(Listing(file, stolen));
        var madeUp = await thief.Get<ProductService>().CreateAsync(Listing(file, $"/files/{ProductUploads.VideoFolder}/{thiefId:N}/2026/12/none.mp4"));

        Assert.Equal(MarketplaceErrors.PreviewVideoInvalid.Code, withStolen.FirstError?.Code);
        Assert.Equal(nameof(SaveProductCommand.PreviewVideoUrl), withStolen.FirstError?.Field);
        Assert.Equal(MarketplaceErrors.PreviewVideoInvalid.Code, madeUp.FirstError?.Code);
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM products WHERE seller_id = $1", thiefId));
    }
}
