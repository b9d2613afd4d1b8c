using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Storage;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Profiles;

public sealed class ProfileImageUploads : IAsyncLifetime
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 1, 2, 3];
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
}
