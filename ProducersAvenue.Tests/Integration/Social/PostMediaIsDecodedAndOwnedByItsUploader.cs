using System.Text;
using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Domain.Storage;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Tests.Unit.Content;
using ProducersAvenue.Tests.Unit.Storage;

namespace ProducersAvenue.Tests.Integration.Social;

/// <summary>
/// Post media on the real local-disk storage: images are decoded and stored re-encoded, videos are checked by their
/// container, and a post may carry only the exact URLs its author's uploads produced.
/// </summary>
public sealed class PostMediaIsDecodedAndOwnedByItsUploader : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pa-post-media-" + Guid.NewGuid().ToString("N"));
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private async Task<TestServices> MemberAsync(string username) =>
        _db.As(await _db.CreateUserAsync(username), settings: new Dictionary<string, string?> { ["Storage:Local:Root"] = _root });

    [Theory]
    [MemberData(nameof(ImageReencoderTests.HostileSamples), MemberType = typeof(ImageReencoderTests))]
    public async Task A_file_that_only_starts_like_an_image_is_refused_at_the_media_field_and_nothing_is_stored(string sample)
    {
        var member = await MemberAsync("uploader");

        var result = await member.Get<PostMediaService>().UploadAsync(new MemoryStream(ImageReencoderTests.Hostile(sample)));

        Assert.Equal(ContentErrors.MediaField, result.FirstError?.Field);
        Assert.False(string.IsNullOrWhiteSpace(result.FirstError!.Message));
        Assert.False(Directory.Exists(Path.Combine(_root, "posts")));
    }

    [Fact]
    public async Task A_gif_polyglot_is_posted_as_a_fresh_png_without_its_script()
    {
        var member = await MemberAsync("uploader");

        var upload = await member.Get<PostMediaService>().UploadAsync(new MemoryStream(TestImages.GifPolyglot()));

        Assert.EndsWith(".png", upload.Value?.Url);
        var stored = await ReadStoredAsync(member, upload.Value!.Url);
        Assert.True(stored.AsSpan().StartsWith(TestImages.PngSignature));
        Assert.DoesNotContain("alert", Encoding.ASCII.GetString(stored));
    }

    [Fact]
    public async Task A_photo_is_stored_without_its_gps_position()
    {
        var member = await MemberAsync("uploader");

        var upload = await member.Get<PostMediaService>().UploadAsync(new MemoryStream(TestImages.JpegWithExif(64, 48, orientation: 1)));

        Assert.EndsWith(".jpg", upload.Value?.Url);
        Assert.DoesNotContain(TestImages.GpsMarker, Encoding.ASCII.GetString(await ReadStoredAsync(member, upload.Value!.Url)));
    }

    [Fact]
    public async Task Png_jpeg_gif_and_webp_uploads_post_end_to_end()
    {
        var member = await MemberAsync("uploader");
        var media = member.Get<PostMediaService>();
        var urls = new List<string>();
        foreach (var bytes in new[] { TestImages.Png(32, 32), TestImages.Jpeg(32, 32), TestImages.Gif(32, 32, frames: 2), TestImages.WebP(32, 32) })
        {
            var upload = await media.UploadAsync(new MemoryStream(bytes));
            Assert.True(upload.Succeeded, upload.FirstError?.Message);
            urls.Add(upload.Value!.Url);
        }

        var posted = await member.Get<PostService>().CreateAsync(new CreatePostCommand { Type = PostType.Image, MediaUrls = urls });

        Assert.True(posted.Succeeded, posted.FirstError?.Message);
        Assert.Equal(urls, (await member.Get<FeedService>().GetAsync(posted.Value))!.MediaUrls);
        Assert.Equal([".png", ".jpg", ".png", ".webp"], urls.Select(Path.GetExtension));
    }

    [Fact]
    public async Task A_post_cannot_carry_a_forged_url_with_the_right_prefix_or_another_members_upload()
    {
        var owner = await MemberAsync("owner");
        var thief = await MemberAsync("thief");
        var ownUpload = (await owner.Get<PostMediaService>().UploadAsync(new MemoryStream(TestImages.Png(16, 16)))).Value!.Url;
        var madeUp = ownUpload.Replace(ownUpload.Split('/')[3], "0123456789abcdef0123456789abcdef");
        string[] forged =
        [
            "/files/posts/2026/11/0123456789abcdef0123456789abcdef.png",       // the old, unowned layout
            ownUpload,                                                          // someone else's upload
            madeUp,                                                             // a made-up key
            ownUpload + "?x=1",
            "/files/posts/../avatars/2026/11/0123456789abcdef0123456789abcdef.png",
        ];

        foreach (var url in forged)
        {
            var result = await thief.Get<PostService>().CreateAsync(new CreatePostCommand { Type = PostType.Image, Content = "mine", MediaUrls = [url] });
            Assert.Equal(SocialErrors.MediaInvalid.Message, result.ErrorFor("Media"));
        }
        Assert.True((await owner.Get<PostService>().CreateAsync(new CreatePostCommand { Type = PostType.Image, MediaUrls = [ownUpload] })).Succeeded);
    }

    [Fact]
    public async Task A_forged_url_in_the_members_own_folder_that_was_never_stored_is_refused()
    {
        var member = await MemberAsync("uploader");
        var upload = (await member.Get<PostMediaService>().UploadAsync(new MemoryStream(TestImages.Png(16, 16)))).Value!.Url;
        var neverStored = upload[..^36] + "0123456789abcdef0123456789abcdef.png";
        await member.Get<PostMediaService>().DiscardAsync(upload);

        foreach (var url in new[] { neverStored, upload })
        {
            var result = await member.Get<PostService>().CreateAsync(new CreatePostCommand { Type = PostType.Image, MediaUrls = [url] });
            Assert.Equal(SocialErrors.MediaInvalid.Message, result.ErrorFor("Media"));
        }
    }

    [Fact]
    public async Task A_member_cannot_discard_another_members_upload()
    {
        var owner = await MemberAsync("owner");
        var other = await MemberAsync("other");
        var upload = (await owner.Get<PostMediaService>().UploadAsync(new MemoryStream(TestImages.Png(16, 16)))).Value!.Url;

        await other.Get<PostMediaService>().DiscardAsync(upload);

        Assert.NotNull(await ReadStoredAsync(owner, upload));
    }

    [Fact]
    public async Task A_well_formed_video_posts_without_its_location_and_magic_bytes_followed_by_html_are_refused()
    {
        var member = await MemberAsync("uploader");
        var media = member.Get<PostMediaService>();

        var mp4 = await media.UploadAsync(new MemoryStream(VideoSamples.Mp4(withLocation: true)));
        var webm = await media.UploadAsync(new MemoryStream(VideoSamples.WebM()));
        var fake = await media.UploadAsync(new MemoryStream([.. MediaSamples.Mp4[..24], .. "<html><script>alert(1)</script>"u8]));

        Assert.Equal(MediaKind.Video, mp4.Value?.Kind);
        Assert.EndsWith(".mp4", mp4.Value!.Url);
        Assert.DoesNotContain(VideoSamples.Location, Encoding.ASCII.GetString(await ReadStoredAsync(member, mp4.Value.Url)));
        Assert.EndsWith(".webm", webm.Value?.Url);
        Assert.Equal(ContentErrors.VideoMalformed.Message, fake.ErrorFor(ContentErrors.MediaField));
        var posted = await member.Get<PostService>().CreateAsync(new CreatePostCommand { Type = PostType.Video, MediaUrls = [mp4.Value.Url] });
        Assert.True(posted.Succeeded, posted.FirstError?.Message);
    }

    [Fact]
    public async Task Deleting_a_post_deletes_its_files_unless_another_of_its_authors_posts_carries_them()
    {
        var member = await MemberAsync("uploader");
        var media = member.Get<PostMediaService>();
        var storage = member.Get<IFileStorage>();
        var own = (await media.UploadAsync(new MemoryStream(TestImages.Png(16, 16)))).Value!.Url;
        var shared = (await media.UploadAsync(new MemoryStream(TestImages.Jpeg(16, 16)))).Value!.Url;
        var posts = member.Get<PostService>();
        var first = (await posts.CreateAsync(new CreatePostCommand { Type = PostType.Image, MediaUrls = [own, shared] })).Value;
        var second = (await posts.CreateAsync(new CreatePostCommand { Type = PostType.Image, MediaUrls = [shared] })).Value;

        Assert.True((await posts.DeleteAsync(first)).Succeeded);

        Assert.False(await storage.ExistsAsync(storage.KeyFromUrl(own)!));
        Assert.True(await storage.ExistsAsync(storage.KeyFromUrl(shared)!));
        Assert.True((await posts.DeleteAsync(second)).Succeeded);
        Assert.False(await storage.ExistsAsync(storage.KeyFromUrl(shared)!));
    }

    [Fact]
    public async Task A_refused_delete_leaves_the_files()
    {
        var owner = await MemberAsync("owner");
        var other = await MemberAsync("other");
        var url = (await owner.Get<PostMediaService>().UploadAsync(new MemoryStream(TestImages.Png(16, 16)))).Value!.Url;
        var post = (await owner.Get<PostService>().CreateAsync(new CreatePostCommand { Type = PostType.Image, MediaUrls = [url] })).Value;

        Assert.False((await other.Get<PostService>().DeleteAsync(post)).Succeeded);

        Assert.NotNull(await ReadStoredAsync(owner, url));
    }

    private static async Task<byte[]> ReadStoredAsync(TestServices services, string url)
    {
        var storage = services.Get<IFileStorage>();
        await using var stream = await storage.OpenReadAsync(storage.KeyFromUrl(url)!);
        Assert.NotNull(stream);
        var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
