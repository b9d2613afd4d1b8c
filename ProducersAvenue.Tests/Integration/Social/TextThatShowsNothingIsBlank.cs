using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Social;

/// <summary>
/// A text of zero-width spaces and U+FEFF passed every "write something" rule and made a post card with nothing in it:
/// it is blank now (TextInput.Clean keeps only its spaces), for a post, a comment and a display name alike.
/// </summary>
public sealed class TextThatShowsNothingIsBlank : IAsyncLifetime
{
    private const string Invisible = "\u200B\uFEFF\u2060 \u3164";
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_post_or_a_comment_of_invisible_characters_is_refused_as_empty_and_nothing_is_stored()
    {
        var author = _db.As(await _db.CreateUserAsync("blank_poster"));
        var post = await author.PostAsync("A visible post");

        var posted = await author.Get<PostService>().CreateAsync(new CreatePostCommand { Content = Invisible });
        var commented = await author.Get<CommentService>().AddAsync(post, Invisible);

        Assert.Equal(SocialErrors.EmptyPost, posted.FirstError);
        Assert.Equal(SocialErrors.EmptyComment, commented.FirstError);
        Assert.Equal(1, await _db.ScalarAsync<long>("SELECT count(*) FROM posts"));
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM comments"));
    }

    [Fact]
    public async Task A_display_name_of_invisible_characters_leaves_the_member_named_by_their_username()
    {
        var member = _db.As(await _db.CreateUserAsync("blank_namer"));

        var saved = await member.Get<ProfileService>().UpdateProfileAsync(new UpdateProfileCommand { Username = "blank_namer", DisplayName = Invisible });

        Assert.True(saved.Succeeded, saved.FirstError?.Message);
        Assert.Null(await _db.ScalarAsync<string>("SELECT display_name FROM user_profiles WHERE username = 'blank_namer'"));
    }
}
