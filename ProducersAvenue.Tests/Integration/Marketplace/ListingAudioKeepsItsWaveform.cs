using System.Text;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Storage;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Tests.Unit.Content.Audio;
using ProducersAvenue.Tests.Unit.Marketplace;

namespace ProducersAvenue.Tests.Integration.Marketplace;

/// <summary>
/// Listing audio goes the way audio posts go (decision 130, <c>AudioStore</c>): a product's preview and a service's
/// portfolio sample are decoded on upload and their peaks stored in <c>audio_waveforms</c> by storage key; audio that does
/// not decode is refused at its field with nothing kept; the storefront's cards carry the preview and its peaks.
/// </summary>
public sealed class ListingAudioKeepsItsWaveform : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pa-listing-audio-" + Guid.NewGuid().ToString("N"));
    private readonly CurrentUser _user = new();
    private TestDb _db = null!;
    private TestServices _services = null!;
    private Guid _seller;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _seller = await _db.CreateUserAsync("preview_maker");
        _services = _db.Services(_user, settings: new Dictionary<string, string?> { ["Storage:Local:Root"] = _root });
        _user.Set(_seller);
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private string KeyOf(string url) => _services.Get<IFileStorage>().KeyFromUrl(url)!;

    private async Task<(int DurationMs, byte[] Peaks)?> StoredWaveformAsync(string key)
    {
        const string Where = "FROM audio_waveforms WHERE file_key = $1 AND user_id = $2";
        if (await _db.ScalarAsync<long>($"SELECT count(*) {Where}", key, _seller) != 1) return null;
        return (await _db.ScalarAsync<int>($"SELECT duration_ms {Where}", key, _seller),
            (await _db.ScalarAsync<byte[]>($"SELECT peaks {Where}", key, _seller))!);
    }

    private async Task<string> UploadPreviewAsync(byte[] audio)
    {
        var upload = await _services.Get<ProductUploads>().UploadPreviewAudioAsync(new MemoryStream(audio));
        Assert.True(upload.Succeeded, upload.FirstError?.Message);
        return upload.Value!;
    }

    [Theory]
    [InlineData("wav")]
    [InlineData("mp3")]
    [InlineData("ogg")]
    public async Task A_product_preview_is_decoded_and_its_peaks_are_stored_by_its_key(string format)
    {
        var bytes = format switch { "wav" => AudioSamples.QuietThenLoudWav(), "mp3" => AudioSamples.Mp3, _ => AudioSamples.Ogg };

        var url = await UploadPreviewAsync(bytes);

        Assert.EndsWith("." + format, url);
        var waveform = await StoredWaveformAsync(KeyOf(url));
        Assert.NotNull(waveform);
        Assert.InRange(waveform.Value.DurationMs, 1900, 2200);
        Assert.Equal(200, waveform.Value.Peaks.Length);
        // A quiet second, then a loud one: the peaks show it.
        Assert.True(waveform.Value.Peaks[150] > 3 * waveform.Value.Peaks[50], $"{waveform.Value.Peaks[50]} then {waveform.Value.Peaks[150]}");
    }

    [Fact]
    public async Task A_preview_that_does_not_decode_is_refused_at_its_field_and_nothing_is_kept()
    {
        // A WAV header and then nothing a decoder can read.
        byte[] broken = [.. ProductFilesAreWhatTheirNamesSay.Wav(), .. Encoding.ASCII.GetBytes("this is not sound at all")];

        var upload = await _services.Get<ProductUploads>().UploadPreviewAudioAsync(new MemoryStream(broken));

        Assert.Equal(MarketplaceErrors.PreviewAudioUndecodable.Code, upload.FirstError?.Code);
        Assert.Equal(nameof(SaveProductCommand.PreviewAudioUrl), upload.FirstError?.Field);
        Assert.False(Directory.Exists(Path.Combine(_root, ProductUploads.AudioFolder)) &&
                     Directory.EnumerateFiles(Path.Combine(_root, ProductUploads.AudioFolder), "*", SearchOption.AllDirectories).Any());
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM audio_waveforms"));
    }

    [Fact]
    public async Task A_portfolio_audio_sample_is_decoded_and_gets_its_peaks_and_a_broken_one_is_refused()
    {
        var portfolio = _services.Get<ServicePortfolio>();

        var sample = await portfolio.UploadAsync(new MemoryStream(AudioSamples.Mp3));
        var broken = await portfolio.UploadAsync(new MemoryStream([.. AudioSamples.Ogg.AsSpan(0, 120)]));

        Assert.True(sample.Succeeded, sample.FirstError?.Message);
        Assert.Equal(PortfolioKind.Audio, ServicePortfolio.KindOf(sample.Value!));
        Assert.Equal(200, (await StoredWaveformAsync(KeyOf(sample.Value!)))?.Peaks.Length);
        Assert.Equal(MarketplaceErrors.PortfolioAudioUndecodable.Code, broken.FirstError?.Code);
        Assert.Equal(ServicePortfolio.Field, broken.FirstError?.Field);
    }

    [Fact]
    public async Task Storefront_cards_carry_the_preview_and_its_peaks()
    {
        var preview = await UploadPreviewAsync(AudioSamples.QuietThenLoudWav());
        var file = await _services.Get<ProductUploads>().UploadFileAsync("beat.wav", new MemoryStream(AudioSamples.QuietThenLoudWav(0.2)));
        var products = _services.Get<ProductService>();
        var category = await _db.ScalarAsync<Guid>("SELECT id FROM categories WHERE is_active ORDER BY sort_order LIMIT 1");
        var withPreview = await products.CreateAsync(new SaveProductCommand
        {
            Title = "Quiet Then Loud Beat", ProductKind = ProductKind.Beat, PriceMode = PriceMode.Free, CategoryId = category, PreviewAudioUrl = preview, Files = [file.Value!],
        });
        var without = await products.CreateAsync(new SaveProductCommand
        {
            Title = "Silent Kit", ProductKind = ProductKind.DrumKit, PriceMode = PriceMode.Free, CategoryId = category, Files = [file.Value!],
        });
        Assert.True(withPreview.Succeeded, withPreview.FirstError?.Message);
        Assert.True((await products.PublishAsync(withPreview.Value)).Succeeded);
        Assert.True((await products.PublishAsync(without.Value)).Succeeded);
        await _db.ScalarAsync<int>("UPDATE products SET is_featured = true WHERE id = $1", withPreview.Value);

        var page = await _services.Get<StorefrontQueries>().SearchAsync(new StorefrontFilter());
        var featured = await _services.Get<StorefrontQueries>().FeaturedAsync();

        var stored = await StoredWaveformAsync(KeyOf(preview));
        var card = Assert.Single(page.Items, i => i.Title == "Quiet Then Loud Beat");
        Assert.Equal(preview, card.PreviewAudioUrl);
        Assert.Equal(stored!.Value.Peaks, card.PreviewWaveform?.Peaks);
        Assert.Equal(stored.Value.DurationMs, card.PreviewWaveform?.DurationMs);
        Assert.Null(Assert.Single(page.Items, i => i.Title == "Silent Kit").PreviewWaveform);
        Assert.Equal(stored.Value.Peaks, Assert.Single(featured).PreviewWaveform?.Peaks);
    }
}
