using Microsoft.Extensions.Time.Testing;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Library;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Storage;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Library;

/// <summary>
/// Product files: the seller, members who got the product and admins get a short-lived link; strangers, forged links and
/// expired links get nothing; a revoked acquisition (a refund) ends access even through a link made before (decision 152).
/// </summary>
public sealed class ProductDownloadsAreGuarded : IAsyncLifetime
{
    private static readonly byte[] Bytes = [80, 75, 3, 4, 1, 2, 3];
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
    private readonly CurrentUser _user = new();
    private TestDb _db = null!;
    private TestServices _services = null!;
    private Guid _seller, _buyer, _stranger, _admin, _product;
    private string _key = "";
    private string _reference = "";

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _seller = await _db.CreateUserAsync("loop_seller");
        _buyer = await _db.CreateUserAsync("loop_buyer");
        _stranger = await _db.CreateUserAsync("loop_stranger");
        _admin = await _db.CreateUserAsync("loop_admin", UserRole.Admin);
        var root = Path.Combine(Path.GetTempPath(), "pa-library-tests", Guid.NewGuid().ToString("N"));
        // One provider for every member (the caller switches), so all links share one Data Protection key ring.
        _services = _db.Services(_user, _clock, new Dictionary<string, string?> { ["Storage:Local:Root"] = root });

        _user.Set(_seller);
        var saved = await _services.Get<PrivateFiles>().SaveAsync(ProductFiles.Kind, "zip", "application/zip", new MemoryStream(Bytes));
        _key = saved.Value!.Key;
        // file_urls holds what the storage handed back: here the URL, which the rule matches by its key.
        _product = await TestProducts.InsertAsync(_db, _seller, "Loop Kit", files: [saved.Value.Url]);

        _user.Set(_buyer);
        _reference = (await Library.GetFreeAsync(_product)).Value!.Reference;
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private LibraryService Library => _services.Get<LibraryService>();
    private PrivateFiles Files => _services.Get<PrivateFiles>();

    private async Task<byte[]?> OpenAsync(string? link)
    {
        if (link is null || await Files.OpenAsync(link[PrivateFiles.LinkPrefix.Length..]) is not { Content: var stream }) return null;
        await using (stream)
        {
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer);
            return buffer.ToArray();
        }
    }

    [Fact]
    public void The_product_file_is_stored_privately_under_its_seller()
    {
        Assert.StartsWith($"private-product/{_seller:N}/", _key);
        Assert.True(PrivateFileKey.IsPrivate(_key));
    }

    [Fact]
    public async Task The_buyer_the_seller_and_an_admin_download_through_a_link()
    {
        foreach (var member in new[] { (_buyer, UserRole.Member), (_seller, UserRole.Member), (_admin, UserRole.Admin) })
        {
            _user.Set(member.Item1, member.Item2);
            var link = await Library.DownloadLinkAsync(_reference, 1);
            Assert.True(link.Succeeded, $"{member}: {link.FirstError?.Message}");
            Assert.StartsWith(PrivateFiles.LinkPrefix, link.Value);
            Assert.Equal(Bytes, await OpenAsync(link.Value));
        }
    }

    [Fact]
    public async Task A_stranger_gets_no_link_neither_through_the_library_nor_by_the_key()
    {
        _user.Set(_stranger);

        Assert.Equal(LibraryErrors.EntryNotFound, (await Library.DownloadLinkAsync(_reference, 1)).FirstError);
        Assert.Null(await Files.LinkAsync(_key));

        _user.Set(null);
        Assert.Equal(Error.SignInRequired, (await Library.DownloadLinkAsync(_reference, 1)).FirstError);
        Assert.Null(await Files.LinkAsync(_key));
    }

    [Fact]
    public async Task A_link_opens_only_for_its_member_and_a_forged_or_altered_one_opens_nothing()
    {
        _user.Set(_buyer);
        var link = (await Library.DownloadLinkAsync(_reference, 1)).Value!;

        _user.Set(_stranger);
        Assert.Null(await OpenAsync(link));

        _user.Set(_buyer);
        Assert.Null(await OpenAsync(PrivateFiles.LinkPrefix + "Zm9yZ2VkLXRva2Vu"));
        var token = link[PrivateFiles.LinkPrefix.Length..];
        var altered = token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1];
        Assert.Null(await OpenAsync(PrivateFiles.LinkPrefix + altered));
        Assert.Equal(Bytes, await OpenAsync(link));
    }

    [Fact]
    public async Task A_link_stops_working_when_it_expires()
    {
        _user.Set(_buyer);
        var link = (await Library.DownloadLinkAsync(_reference, 1)).Value!;

        _clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(Bytes, await OpenAsync(link));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(await OpenAsync(link));
        Assert.Equal(Bytes, await OpenAsync((await Library.DownloadLinkAsync(_reference, 1)).Value));
    }

    [Fact]
    public async Task A_revoked_acquisition_ends_access_even_through_a_link_made_before()
    {
        _user.Set(_buyer);
        var link = (await Library.DownloadLinkAsync(_reference, 1)).Value!;

        await _db.ExecuteAsync("UPDATE product_acquisitions SET revoked_at = now() WHERE reference = $1", _reference);

        Assert.Null(await OpenAsync(link));
        Assert.Equal(LibraryErrors.AccessEnded, (await Library.DownloadLinkAsync(_reference, 1)).FirstError);
        Assert.Null(await Files.LinkAsync(_key));
        _user.Set(_seller);
        Assert.Equal(Bytes, await OpenAsync((await Library.DownloadLinkAsync(_reference, 1)).Value));
    }

    [Fact]
    public async Task A_file_number_the_product_does_not_have_is_not_found()
    {
        _user.Set(_buyer);

        Assert.Equal(LibraryErrors.FileNotFound, (await Library.DownloadLinkAsync(_reference, 2)).FirstError);
        Assert.Equal(LibraryErrors.FileNotFound, (await Library.DownloadLinkAsync(_reference, 0)).FirstError);
    }

    [Fact]
    public async Task Owning_one_product_opens_no_other_products_files()
    {
        _user.Set(_seller);
        var other = (await Files.SaveAsync(ProductFiles.Kind, "wav", "audio/wav", new MemoryStream([1, 2]))).Value!;
        await TestProducts.InsertAsync(_db, _seller, "Other Kit", files: [other.Key]);

        _user.Set(_buyer);
        Assert.Null(await Files.LinkAsync(other.Key));
        Assert.NotNull(await Files.LinkAsync(_key));
    }
}
