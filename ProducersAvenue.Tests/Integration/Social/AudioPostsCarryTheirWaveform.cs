using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Content.Audio;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Domain.Storage;
using ProducersAvenue.Tests.Integration.Security;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Tests.Unit.Content;
using ProducersAvenue.Tests.Unit.Content.Audio;

namespace ProducersAvenue.Tests.Integration.Social;

/// <summary>
/// Audio posts on real PostgreSQL and the local-disk storage: an uploaded file that decodes is stored with its waveform
/// under its key, the post carries it, and other members (and visitors) get the peaks with the post. Anything else is
/// refused at the media field with nothing stored; the table's policies let a member record waveforms only for files in
/// their own folder.
/// </summary>
public sealed class AudioPostsCarryTheirWaveform : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pa-audio-posts-" + Guid.NewGuid().ToString("N"));
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private Dictionary<string, string?> Settings => new() { ["Storage:Local:Root"] = _root };

    private async Task<(Guid Id, TestServices Services)> MemberAsync(string username)
    {
        var id = await _db.CreateUserAsync(username);
        return (id, _db.As(id, settings: Settings));
    }

    [Fact]
    public async Task An_audio_post_is_stored_with_its_waveform_and_others_get_the_peaks_with_the_post()
    {
        var (_, author) = await MemberAsync("loop_lou");
        var (_, listener) = await MemberAsync("ear_eve");

        var upload = await author.Get<PostMediaService>().UploadAsync(new MemoryStream(AudioSamples.QuietThenLoudWav()));
        Assert.True(upload.Succeeded, upload.FirstError?.Message);
        Assert.Equal(MediaKind.Audio, upload.Value!.Kind);
        Assert.EndsWith(".wav", upload.Value.Url);
        var posted = await author.Get<PostService>().CreateAsync(new CreatePostCommand
            { Type = PostType.Audio, Content = "Quiet intro, loud drop #loop", MediaUrls = [upload.Value.Url] });
        Assert.True(posted.Succeeded, posted.FirstError?.Message);

        var seen = Assert.Single((await listener.Get<FeedService>().ExploreAsync()).Items);
        Assert.Equal(PostType.Audio, seen.Type);
        Assert.Equal([upload.Value.Url], seen.MediaUrls);
        Assert.Equal(2000, seen.Waveform?.DurationMs);
        Assert.Equal(WaveformPeaks.Count, seen.Waveform!.Peaks.Length);
        Assert.True(seen.Waveform.Peaks[..90].Max() < 30 && seen.Waveform.Peaks[110..].Min() > 240);

        var visitor = await _db.Anonymous().Get<FeedService>().GetAsync(posted.Value);
        Assert.Equal(seen.Waveform.Peaks, visitor?.Waveform?.Peaks);
        var key = author.Get<IFileStorage>().KeyFromUrl(upload.Value.Url);
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM audio_waveforms WHERE file_key = $1 AND octet_length(peaks) = 200", key!));
    }

    [Fact]
    public async Task A_text_file_named_like_an_mp3_is_refused_at_the_media_field_and_nothing_is_stored()
    {
        var (_, member) = await MemberAsync("fake_fred");

        // The name never reaches the server's decision: these are the bytes a browser would send for "beat.mp3".
        var result = await member.Get<PostMediaService>().UploadAsync(new MemoryStream("This is not audio, just text saved as beat.mp3\n"u8.ToArray()));

        Assert.Equal(ContentErrors.MediaUnsupported, result.FirstError);
        Assert.Equal(ContentErrors.MediaField, result.FirstError!.Field);
        Assert.False(Directory.Exists(Path.Combine(_root, "posts")));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM audio_waveforms"));
    }

    [Fact]
    public async Task Audio_magic_bytes_over_bytes_that_do_not_decode_are_refused_and_nothing_is_stored()
    {
        var (_, member) = await MemberAsync("magic_mo");
        byte[] id3ThenHtml = [.. "ID3"u8, 3, 0, 0, 0, 0, 0, .. "<html><script>alert(1)</script></html>"u8];

        var result = await member.Get<PostMediaService>().UploadAsync(new MemoryStream(id3ThenHtml));

        Assert.Equal(ContentErrors.AudioUndecodable.Message, result.ErrorFor(ContentErrors.MediaField));
        Assert.False(Directory.Exists(Path.Combine(_root, "posts")));
    }

    [Fact]
    public async Task An_audio_post_takes_one_audio_file_and_photo_posts_take_no_audio()
    {
        var (_, member) = await MemberAsync("mixed_max");
        var media = member.Get<PostMediaService>();
        var audio = (await media.UploadAsync(new MemoryStream(AudioSamples.QuietThenLoudWav()))).Value!.Url;
        var second = (await media.UploadAsync(new MemoryStream(AudioSamples.QuietThenLoudWav(1)))).Value!.Url;
        var image = (await media.UploadAsync(new MemoryStream(TestImages.Png(16, 16)))).Value!.Url;
        var posts = member.Get<PostService>();

        var twoAudio = await posts.CreateAsync(new CreatePostCommand { Type = PostType.Audio, MediaUrls = [audio, second] });
        var audioWithImage = await posts.CreateAsync(new CreatePostCommand { Type = PostType.Audio, MediaUrls = [image] });
        var imageWithAudio = await posts.CreateAsync(new CreatePostCommand { Type = PostType.Image, MediaUrls = [image, audio] });

        Assert.All([twoAudio, audioWithImage, imageWithAudio], r => Assert.Equal(SocialErrors.AudioAlone, r.FirstError));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM posts"));
        Assert.True((await posts.CreateAsync(new CreatePostCommand { Type = PostType.Audio, MediaUrls = [audio] })).Succeeded);
    }

    [Fact]
    public async Task Another_members_audio_cannot_be_posted_and_no_waveform_can_be_written_into_their_folder()
    {
        var (ownerId, owner) = await MemberAsync("owner_olga");
        var (thiefId, thief) = await MemberAsync("thief_tom");
        var url = (await owner.Get<PostMediaService>().UploadAsync(new MemoryStream(AudioSamples.QuietThenLoudWav()))).Value!.Url;

        var posted = await thief.Get<PostService>().CreateAsync(new CreatePostCommand { Type = PostType.Audio, MediaUrls = [url] });
        Assert.Equal(SocialErrors.MediaInvalid, posted.FirstError);

        // Straight at the table as the thief: a key in the owner's folder, whether claimed as the thief's or the owner's.
        var caller = new PolicyCaller("thief", "pa_app", thiefId);
        var ownersFolder = $"posts/{ownerId:N}/2026/11/stolen.wav";
        Assert.Null(await caller.TryAsync(_db, $"INSERT INTO audio_waveforms (file_key, user_id, duration_ms, peaks) VALUES ('{ownersFolder}', '{thiefId}', 1000, '\\x')"));
        Assert.Null(await caller.TryAsync(_db, $"INSERT INTO audio_waveforms (file_key, user_id, duration_ms, peaks) VALUES ('{ownersFolder}', '{ownerId}', 1000, '\\x')"));
        Assert.Equal(1L, await caller.TryAsync(_db, $"INSERT INTO audio_waveforms (file_key, user_id, duration_ms, peaks) VALUES ('posts/{thiefId:N}/2026/11/own.wav', '{thiefId}', 1000, '\\x')"));
    }
}
