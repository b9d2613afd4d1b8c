using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Storage;
using ProducersAvenue.Tests.Support.Fakes;

namespace ProducersAvenue.Tests.Unit.Storage;

/// <summary>Private files: a short-lived link, signed and bound to its member, and the access rule checked again on download.</summary>
public sealed class PrivateFilesOpenOnlyThroughALinkMadeForTheReader
{
    private static readonly Guid Seller = Guid.NewGuid();
    private static readonly Guid Buyer = Guid.NewGuid();
    private static readonly Guid Stranger = Guid.NewGuid();
    private readonly FakeFileStorage _storage = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
    private readonly IDataProtectionProvider _keys = new EphemeralDataProtectionProvider();
    private readonly BuyersOfDeliveries _rule = new();

    private PrivateFiles As(Guid? member, UserRole role = UserRole.Member) =>
        new(_storage, _keys, [_rule], member is { } id ? CurrentUser.For(id, role) : CurrentUser.Anonymous(), _clock,
            Options.Create(new StorageOptions { PrivateLinkMinutes = 10 }));

    private async Task<string> UploadAsync() =>
        (await As(Seller).SaveAsync("deliveries", "zip", "application/zip", new MemoryStream([7, 7, 7]))).Value!.Key;

    private static async Task<byte[]?> ReadAsync(PrivateFiles files, string? link)
    {
        if (link is null || await files.OpenAsync(link[PrivateFiles.LinkPrefix.Length..]) is not { } file) return null;
        using var buffer = new MemoryStream();
        await file.Content.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    [Fact]
    public async Task The_uploader_and_an_admin_get_a_link_that_opens_the_file()
    {
        var key = await UploadAsync();
        Assert.StartsWith($"private-deliveries/{Seller:N}/", key);

        Assert.Equal([7, 7, 7], await ReadAsync(As(Seller), await As(Seller).LinkAsync(key)));
        var admin = Guid.NewGuid();
        Assert.Equal([7, 7, 7], await ReadAsync(As(admin, UserRole.Admin), await As(admin, UserRole.Admin).LinkAsync(key)));
    }

    [Fact]
    public async Task A_link_carries_the_name_the_file_is_saved_as_with_the_stored_files_type()
    {
        var key = await UploadAsync();

        async Task<string?> SavedAsAsync(string? name) =>
            (await As(Seller).OpenAsync((await As(Seller).LinkAsync(key, name))![PrivateFiles.LinkPrefix.Length..]))?.DownloadName;

        Assert.Equal("lo-fi-drum-kit.zip", await SavedAsAsync("lo-fi-drum-kit"));
        Assert.Equal("Stems | take 2.zip".Replace('|', '-'), await SavedAsAsync("Stems | take 2.zip"));
        Assert.Equal("evil.exe.zip", await SavedAsAsync("../evil.exe")); // no path, and the stored type wins
        Assert.Equal(Path.GetFileName(key), await SavedAsAsync(null));
    }

    [Fact]
    public async Task A_stranger_gets_no_link_and_cannot_use_someone_elses()
    {
        var key = await UploadAsync();

        Assert.Null(await As(Stranger).LinkAsync(key));
        Assert.Null(await As(null).LinkAsync(key));
        var sellersLink = await As(Seller).LinkAsync(key);
        Assert.Null(await ReadAsync(As(Stranger), sellersLink));
        Assert.Null(await ReadAsync(As(null), sellersLink));
    }

    [Fact]
    public async Task The_kinds_rule_lets_a_buyer_in_and_is_asked_again_on_every_download()
    {
        var key = await UploadAsync();
        _rule.Buyers.Add(Buyer);
        var link = await As(Buyer).LinkAsync(key);
        Assert.Equal([7, 7, 7], await ReadAsync(As(Buyer), link));

        _rule.Buyers.Remove(Buyer); // refunded: the link made before stops working
        Assert.Null(await ReadAsync(As(Buyer), link));
    }

    [Fact]
    public async Task A_link_expires_after_its_minutes()
    {
        var key = await UploadAsync();
        var link = await As(Seller).LinkAsync(key);

        _clock.Advance(TimeSpan.FromMinutes(10));
        Assert.NotNull(await ReadAsync(As(Seller), link));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(await ReadAsync(As(Seller), link));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("%%%")]
    public async Task A_forged_or_tampered_link_opens_nothing(string forged)
    {
        var key = await UploadAsync();
        var link = (await As(Seller).LinkAsync(key))!;
        var tampered = link[..^2] + (link[^2] == 'A' ? "B" : "A") + link[^1];

        Assert.Null(await ReadAsync(As(Seller), tampered));
        Assert.Null(await As(Seller).OpenAsync(forged));
    }

    private sealed class BuyersOfDeliveries : IPrivateFileRule
    {
        public HashSet<Guid> Buyers { get; } = [];
        public string Kind => "deliveries";
        public Task<bool> MayReadAsync(ICurrentUser user, PrivateFileKey file, CancellationToken cancellationToken) =>
            Task.FromResult(user.UserId is { } id && Buyers.Contains(id));
    }
}
