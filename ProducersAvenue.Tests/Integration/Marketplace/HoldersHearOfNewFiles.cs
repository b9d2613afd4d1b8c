using Microsoft.Extensions.Time.Testing;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Library;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Tests.Unit.Marketplace;

namespace ProducersAvenue.Tests.Integration.Marketplace;

/// <summary>
/// Decision 253: when a seller changes a product's files, every member who holds it hears once the change has settled —
/// one notice each, leading to their own copy — and nobody else: not a member whose copy was revoked, not the seller,
/// and not anyone for an edit that left the files as they were.
/// </summary>
public sealed class HoldersHearOfNewFiles : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pa-file-updates-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero));
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private TestServices As(Guid member) => _db.Services(CurrentUser.For(member), _clock, new Dictionary<string, string?> { ["Storage:Local:Root"] = _root });

    private Task<int> TellAsync() => _db.Services(clock: _clock).Get<ProductFileUpdates>().TellHoldersAsync();

    private Task<long> NoticesAsync(Guid member) =>
        _db.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE user_id = $1 AND type = 'product_update'", member)!;

    [Fact]
    public async Task Each_holder_hears_once_when_the_files_change_and_nobody_hears_of_an_edit_that_kept_them()
    {
        var sellerId = await _db.CreateUserAsync("files_seller");
        var seller = As(sellerId);
        var category = await _db.ScalarAsync<Guid>("SELECT id FROM categories WHERE is_active ORDER BY sort_order LIMIT 1");
        var first = (await seller.Get<ProductUploads>().UploadFileAsync("kit.wav", new MemoryStream(ProductFilesAreWhatTheirNamesSay.Wav()))).Value!;
        var created = await seller.Get<ProductService>().CreateAsync(new SaveProductCommand
        {
            Title = "Changing Kit", ProductKind = ProductKind.DrumKit, PriceMode = PriceMode.Free, CategoryId = category, Files = [first],
        });
        var product = created.Value;
        Assert.True((await seller.Get<ProductService>().PublishAsync(product)).Succeeded);
        var holders = new List<(Guid Id, string Reference)>();
        foreach (var name in new[] { "files_holder_a", "files_holder_b", "files_revoked" })
        {
            var id = await _db.CreateUserAsync(name);
            var got = await As(id).Get<LibraryService>().GetFreeAsync(product);
            Assert.True(got.Succeeded, got.FirstError?.Message);
            holders.Add((id, got.Value!.Reference));
        }
        // The copies were got before the test clock's morning (the database stamps them with its own time).
        await _db.ScalarAsync<int>("UPDATE product_acquisitions SET acquired_at = $1 WHERE product_id = $2 RETURNING 1", _clock.GetUtcNow().AddHours(-1), product);
        var revoked = holders[2].Id;
        await _db.ScalarAsync<int>("UPDATE product_acquisitions SET revoked_at = now() WHERE buyer_id = $1 RETURNING 1", revoked);

        // An edit that keeps the files is no news.
        var edit = (await seller.Get<ProductQueries>().ForEditAsync(product))!.Command;
        Assert.True((await seller.Get<ProductService>().UpdateAsync(product, edit with { Description = "Now with notes." })).Succeeded);
        Assert.Null(Assert.Single((await As(holders[0].Id).Get<LibraryService>().MyLibraryAsync()).Items).FilesUpdatedAt);
        _clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(0, await TellAsync());

        // New files: told once the change has settled, not while the seller may still be at it.
        var second = (await seller.Get<ProductUploads>().UploadFileAsync("kit-v2.wav", new MemoryStream(ProductFilesAreWhatTheirNamesSay.Wav()))).Value!;
        Assert.True((await seller.Get<ProductService>().UpdateAsync(product, edit with { Files = [second] })).Succeeded);
        Assert.Equal(0, await TellAsync());
        _clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(1, await TellAsync());

        foreach (var (id, reference) in holders.Take(2))
        {
            Assert.Equal(1, await NoticesAsync(id));
            Assert.Equal($"/library/{reference}", await _db.ScalarAsync<string>(
                "SELECT link_url FROM notifications WHERE user_id = $1 AND type = 'product_update'", id));
            Assert.Equal("“Changing Kit” has new files", await _db.ScalarAsync<string>(
                "SELECT title FROM notifications WHERE user_id = $1 AND type = 'product_update'", id));
        }
        Assert.Equal(0, await NoticesAsync(revoked));
        Assert.Equal(0, await NoticesAsync(sellerId));
        // The library says so on the copy too: its files changed after it was got.
        var copy = Assert.Single((await As(holders[0].Id).Get<LibraryService>().MyLibraryAsync()).Items);
        Assert.Equal(_clock.GetUtcNow().AddMinutes(-6), copy.FilesUpdatedAt);

        // Told is told: the next run finds nothing, and only another change is news again.
        Assert.Equal(0, await TellAsync());
        Assert.Equal(1, await NoticesAsync(holders[0].Id));
        Assert.True((await seller.Get<ProductService>().UpdateAsync(product, edit with { Files = [first, second] })).Succeeded);
        _clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(1, await TellAsync());
        Assert.Equal(2, await NoticesAsync(holders[0].Id));
    }
}
