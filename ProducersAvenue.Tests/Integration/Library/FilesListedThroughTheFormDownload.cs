using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Library;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Storage;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Tests.Unit.Content.Audio;

namespace ProducersAvenue.Tests.Integration.Library;

/// <summary>
/// A product file uploaded through the listing form (<see cref="ProductUploads"/>) is a private file of the kind the
/// download rule serves (decision 152), so a member who got the product opens it (it was stored under another kind,
/// which no rule served, and only the seller could download it) — under the name the seller uploaded it as (decision 257).
/// </summary>
public sealed class FilesListedThroughTheFormDownload : IAsyncLifetime
{
    private readonly CurrentUser _user = new();
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pa-form-files-" + Guid.NewGuid().ToString("N"));
    private TestDb _db = null!;
    private TestServices _services = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _services = _db.Services(_user, settings: new Dictionary<string, string?> { ["Storage:Local:Root"] = _root });
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task A_member_who_got_a_free_product_downloads_the_file_the_seller_uploaded_through_the_form()
    {
        var seller = await _db.CreateUserAsync("form_seller");
        var buyer = await _db.CreateUserAsync("form_buyer");
        var bytes = AudioSamples.QuietThenLoudWav(0.25);
        _user.Set(seller);
        var file = (await _services.Get<ProductUploads>().UploadFileAsync("Night drive (master).wav", new MemoryStream(bytes))).Value!;
        var category = await _db.ScalarAsync<Guid>("SELECT id FROM categories WHERE is_active ORDER BY sort_order LIMIT 1");
        var products = _services.Get<ProductService>();
        var id = (await products.CreateAsync(new SaveProductCommand { Title = "Form Beat", ProductKind = ProductKind.Beat, PriceMode = PriceMode.Free, CategoryId = category, Files = [file] })).Value;
        Assert.True((await products.PublishAsync(id)).Succeeded);

        _user.Set(buyer);
        var reference = (await _services.Get<LibraryService>().GetFreeAsync(id)).Value!.Reference;
        var link = await _services.Get<LibraryService>().DownloadLinkAsync(reference, 1);

        Assert.True(link.Succeeded, link.FirstError?.Message);
        var opened = await _services.Get<PrivateFiles>().OpenAsync(link.Value![PrivateFiles.LinkPrefix.Length..]);
        Assert.NotNull(opened);
        Assert.Equal("Night drive (master).wav", opened.DownloadName); // the seller's name for it, as the library lists it
        Assert.Equal(["Night drive (master).wav"], (await _services.Get<LibraryService>().LicenceAsync(reference)).Value!.Files.Select(f => f.Name));
        await using var content = opened.Content;
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy);
        Assert.Equal(bytes, copy.ToArray());
    }
}
