using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Social;

/// <summary>
/// A search that is one hashtag links that tag's page when posts anyone may read carry it; a tag found only in a private
/// author's posts or hidden ones is not named, so a search cannot tell that such a tag exists.
/// </summary>
public sealed class SearchNamesATagAnyoneMayRead : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _viewer;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _viewer = await _db.CreateUserAsync("st_viewer");
        var author = await _db.CreateUserAsync("st_author");
        var hermit = await _db.CreateUserAsync("st_hermit");
        await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = 'private' WHERE user_id = $1", hermit);
        await _db.InsertPostAsync(author, "a #LoFi loop", SocialTestKit.Start);
        await _db.InsertPostAsync(hermit, "my #secretsauce chain", SocialTestKit.Start);
        await _db.InsertPostAsync(author, "an old #takedown", SocialTestKit.Start, hidden: true);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Theory]
    [InlineData("lofi")]
    [InlineData("LoFi")]
    [InlineData(" #lofi ")]
    public async Task One_hashtag_with_public_posts_is_named_by_its_slug(string query)
    {
        Assert.Equal("lofi", await _db.As(_viewer).Get<TagService>().PublicTagNamedByAsync(query));
        Assert.Equal("lofi", await _db.Anonymous().Get<TagService>().PublicTagNamedByAsync(query));
    }

    [Theory]
    [InlineData("secretsauce")]
    [InlineData("takedown")]
    [InlineData("nobodysaidthis")]
    [InlineData("lofi loop")]
    [InlineData("#")]
    [InlineData("")]
    [InlineData(null)]
    public async Task Anything_else_names_no_tag(string? query) =>
        Assert.Null(await _db.As(_viewer).Get<TagService>().PublicTagNamedByAsync(query));
}
