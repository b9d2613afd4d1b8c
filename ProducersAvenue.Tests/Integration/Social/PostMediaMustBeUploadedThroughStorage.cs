using Microsoft.Extensions.DependencyInjection;
using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Domain.Storage;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Tests.Support.Fakes;

namespace ProducersAvenue.Tests.Integration.Social;

/// <summary>Media posts carry only files stored by <see cref="PostMediaService"/>, which judges them by their bytes.</summary>
public sealed class PostMediaMustBeUploadedThroughStorage : IAsyncLifetime
{
    private TestDb _db = null!;
    private readonly FakeFileStorage _storage = new();

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    private TestServices Member(Guid id) => _db.As(id, configure: s => s.AddSingleton<IFileStorage>(_storage),
        settings: new Dictionary<string, string?> { ["Media:MaxImageBytes"] = "4096" });

    [Fact]
    public async Task An_uploaded_png_becomes_a_post_image_and_a_foreign_url_is_refused()
    {
        var member = Member(await _db.CreateUserAsync("uploader"));

        var upload = await member.Get<PostMediaService>().UploadAsync(new MemoryStream(TestImages.Png(8, 8)));
        var posted = await member.Get<PostService>().CreateAsync(new CreatePostCommand { Type = PostType.Image, MediaUrls = [upload.Value!.Url] });
        var foreign = await member.Get<PostService>().CreateAsync(new CreatePostCommand
        {
            Type = PostType.Image, Content = "hotlinked", MediaUrls = ["https://elsewhere.test/cat.png"],
        });

        Assert.True(posted.Succeeded, posted.FirstError?.Message);
        Assert.Equal(MediaKind.Image, upload.Value.Kind);
        Assert.StartsWith("posts/", Assert.Single(_storage.Files.Keys));
        Assert.Equal([upload.Value.Url], (await member.Get<FeedService>().GetAsync(posted.Value))!.MediaUrls);
        Assert.Equal(SocialErrors.MediaInvalid.Message, foreign.ErrorFor("Media"));
    }

    [Fact]
    public async Task A_file_over_the_image_limit_or_of_another_kind_is_not_stored()
    {
        var member = Member(await _db.CreateUserAsync("uploader"));
        var media = member.Get<PostMediaService>();

        var big = await media.UploadAsync(new MemoryStream(TestImages.Png(64, 64).Concat(new byte[8192]).ToArray()));
        var svg = await media.UploadAsync(new MemoryStream("<svg xmlns='http://www.w3.org/2000/svg'/>"u8.ToArray()));

        Assert.Equal("Images can be up to 4 KB.", big.FirstError?.Message);
        Assert.Equal(ContentErrors.MediaUnsupported.Message, svg.FirstError?.Message);
        Assert.Empty(_storage.Files);
    }
}
