using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Tests.Unit.Common;

namespace ProducersAvenue.Tests.Integration.Social;

/// <summary>
/// PostgreSQL refuses NUL in text and a lone UTF-16 surrogate cannot be encoded at all: typed or URL text carrying
/// either reaches every service cleaned (TextInput.Clean), so searches and lookups answer and writes store the rest.
/// </summary>
public sealed class TextWithNulOrLoneSurrogatesIsCleanedNotACrash : IAsyncLifetime
{
    /// <summary>Lone surrogates written as "&lt;D800&gt;" (see <see cref="TextInputCleaning.WithCodeUnits"/>).</summary>
    public static readonly TheoryData<string> Hostile = new() { "\0", "mix\0", "<D800>", "mix<DC00>er", "\0<D83D>" };

    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Post_and_member_search_answer(string hostile)
    {
        var q = TextInputCleaning.WithCodeUnits(hostile);
        await _db.As(await _db.CreateUserAsync("mixer")).PostAsync("A fresh mix tonight");
        var search = _db.Anonymous().Get<SearchService>();

        Assert.NotNull((await search.PostsAsync(q)).Items);
        Assert.NotNull((await search.MembersAsync(q)).Items);
    }

    [Fact]
    public async Task A_nul_after_a_search_word_is_dropped_and_the_word_still_matches()
    {
        var post = await _db.As(await _db.CreateUserAsync("mixer")).PostAsync("A fresh mix tonight");
        var search = _db.Anonymous().Get<SearchService>();

        Assert.Equal([post], (await search.PostsAsync("mix\0")).Items.Select(p => p.Id));
        Assert.Equal(["mixer"], (await search.MembersAsync("mixer\0")).Items.Select(m => m.Member.Username));
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Profile_follow_list_and_tag_lookups_answer_not_found(string hostile)
    {
        var name = TextInputCleaning.WithCodeUnits(hostile);
        await _db.CreateUserAsync("mixer");
        var viewer = _db.Anonymous();

        Assert.Equal(ProfileAccess.NotFound, (await viewer.Get<ProfileService>().GetProfileAsync(name)).Access);
        Assert.Equal(ProfileAccess.NotFound, (await viewer.Get<FollowService>().FollowersAsync(name)).Access);
        Assert.Null(await viewer.Get<TagService>().FindAsync(name));
        Assert.Empty((await viewer.Get<FeedService>().TagAsync(name)).Items);
    }

    [Fact]
    public async Task A_nul_inside_a_known_name_is_dropped_so_the_lookup_finds_the_member()
    {
        await _db.CreateUserAsync("mixer");

        var lookup = await _db.Anonymous().Get<ProfileService>().GetProfileAsync("mix\0er");

        Assert.Equal(ProfileAccess.Found, lookup.Access);
    }

    [Fact]
    public async Task Posts_and_comments_store_the_text_without_nul_and_with_lone_surrogates_replaced()
    {
        var author = _db.As(await _db.CreateUserAsync("author"));
        var post = await author.PostAsync("Bass\0line \ud800 #lo\0fi");
        var comment = await author.Get<CommentService>().AddAsync(post, "Nice\0 one \udfff");
        var edit = await author.Get<PostService>().EditAsync(post, "Edited\0 \udc00");

        Assert.True(comment.Succeeded, comment.FirstError?.Message);
        Assert.True(edit.Succeeded, edit.FirstError?.Message);
        Assert.Equal("Edited \uFFFD", await _db.ScalarAsync<string>("SELECT content FROM posts WHERE id = $1", post));
        Assert.Equal("Nice one \uFFFD", await _db.ScalarAsync<string>("SELECT content FROM comments WHERE id = $1", comment.Value));
        Assert.Equal(["lofi"], await _db.ColumnAsync("SELECT slug FROM tags"));
    }

    [Fact]
    public async Task A_comment_of_only_control_characters_is_empty()
    {
        var author = _db.As(await _db.CreateUserAsync("author"));
        var post = await author.PostAsync("Hello");

        var comment = await author.Get<CommentService>().AddAsync(post, "\0\u0001\0");

        Assert.Equal(SocialErrors.EmptyComment, comment.FirstError);
    }
}
