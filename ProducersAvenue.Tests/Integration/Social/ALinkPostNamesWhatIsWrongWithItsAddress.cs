using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Social;

/// <summary>
/// A link post's address is refused for what is wrong with it: too long is said as too long (a pasted wall of text behind
/// "https://" was told to "enter a full address"), another scheme as not a web address; neither stores a post.
/// </summary>
public sealed class ALinkPostNamesWhatIsWrongWithItsAddress : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Too_long_and_not_a_web_address_are_told_apart()
    {
        var author = _db.As(await _db.CreateUserAsync("link_poster"));
        var posts = author.Get<PostService>();

        var tooLong = await posts.CreateAsync(new CreatePostCommand { Type = PostType.Link, LinkUrl = "https://music.example/" + new string('a', 120_000) });
        var notWeb = await posts.CreateAsync(new CreatePostCommand { Type = PostType.Link, LinkUrl = "ftp://music.example/track" });

        Assert.Equal("social.link_too_long", tooLong.FirstError?.Code);
        Assert.Equal("Link", tooLong.FirstError?.Field);
        Assert.Equal(SocialErrors.LinkInvalid, notWeb.FirstError);
        Assert.Equal(0, await _db.ScalarAsync<long>("SELECT count(*) FROM posts"));
    }
}
