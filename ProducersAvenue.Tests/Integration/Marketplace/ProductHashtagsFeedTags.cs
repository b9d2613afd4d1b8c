using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Tests.Unit.Marketplace;

namespace ProducersAvenue.Tests.Integration.Marketplace;

/// <summary>
/// A product's hashtags — in its title, its description and its typed tags — count in <c>tags</c> through the one
/// counting function posts and services use (<c>apply_tag_usage</c>, decision 175): on create (published), edit and delete.
/// </summary>
public sealed class ProductHashtagsFeedTags : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pa-hashtags-" + Guid.NewGuid().ToString("N"));
    private TestDb _db = null!;
    private TestServices _seller = null!;
    private Guid _category;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _category = await _db.ScalarAsync<Guid>("SELECT id FROM categories WHERE is_active ORDER BY sort_order LIMIT 1");
        var seller = await _db.CreateUserAsync("hashtag_seller");
        _seller = _db.Services(CurrentUser.For(seller), settings: new Dictionary<string, string?> { ["Storage:Local:Root"] = _root });
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private async Task<SaveProductCommand> ListingAsync(string title, string description, params string[] tags)
    {
        var upload = await _seller.Get<ProductUploads>().UploadFileAsync("kit.wav", new MemoryStream(ProductFilesAreWhatTheirNamesSay.Wav()));
        Assert.True(upload.Succeeded, upload.FirstError?.Message);
        return new SaveProductCommand
        {
            Title = title, ProductKind = ProductKind.SamplePack, Description = description, Tags = tags, PriceMode = PriceMode.Free, CategoryId = _category, Files = [upload.Value!],
        };
    }

    private Task<long> UsesAsync(string slug) =>
        _db.ScalarAsync<long>("SELECT coalesce((SELECT usage_count FROM tags WHERE slug = $1), 0)::bigint", slug);

    [Fact]
    public async Task Title_description_and_typed_hashtags_count_on_create_move_on_edit_and_leave_on_delete()
    {
        var products = _seller.Get<ProductService>();
        var created = await products.CreateAsync(await ListingAsync("Night #Drill Kit", "Dark drums. #NightDrums", "boom"));
        Assert.True(created.Succeeded, created.FirstError?.Message);
        Assert.True((await products.PublishAsync(created.Value)).Succeeded);

        Assert.Equal(1, await UsesAsync("drill"));
        Assert.Equal(1, await UsesAsync("nightdrums"));
        Assert.Equal(1, await UsesAsync("boom"));
        Assert.Equal("Drill", await _db.ScalarAsync<string>("SELECT name FROM tags WHERE slug = 'drill'"));
        Assert.Equal("NightDrums", await _db.ScalarAsync<string>("SELECT name FROM tags WHERE slug = 'nightdrums'"));

        var edited = await products.UpdateAsync(created.Value, await ListingAsync("Night #Drill Kit", "Dark drums for the #808.", "boom"));
        Assert.True(edited.Succeeded, edited.FirstError?.Message);

        Assert.Equal(1, await UsesAsync("drill"));
        Assert.Equal(0, await UsesAsync("nightdrums"));
        Assert.Equal(1, await UsesAsync("808"));

        Assert.True((await products.DeleteAsync(created.Value)).Succeeded);

        Assert.Equal(0, await UsesAsync("drill"));
        Assert.Equal(0, await UsesAsync("808"));
        Assert.Equal(0, await UsesAsync("boom"));
    }
}
