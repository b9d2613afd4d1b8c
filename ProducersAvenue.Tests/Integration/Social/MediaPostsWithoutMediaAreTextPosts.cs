using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Social;

/// <summary>The composer's Media tab with only words in it (or a stale tab after an upload) writes a text post, never an empty image post.</summary>
public sealed class MediaPostsWithoutMediaAreTextPosts : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Theory]
    [InlineData(PostType.Image)]
    [InlineData(PostType.Video)]
    public async Task A_media_post_with_text_and_no_media_is_stored_as_a_text_post(PostType type)
    {
        var author = await _db.CreateUserAsync("author");

        var result = await _db.As(author).Get<PostService>().CreateAsync(new CreatePostCommand { Type = type, Content = "Just words", MediaUrls = [] });

        Assert.True(result.Succeeded, result.FirstError?.Message);
        await using var db = _db.Context();
        var post = await db.Posts.SingleAsync(p => p.Id == result.Value);
        Assert.Equal(PostType.Text, post.PostType);
        Assert.Empty(post.MediaUrls ?? []);
    }

    [Fact]
    public async Task A_media_post_with_neither_text_nor_media_is_refused_at_the_content_field()
    {
        var author = await _db.CreateUserAsync("author");

        var result = await _db.As(author).Get<PostService>().CreateAsync(new CreatePostCommand { Type = PostType.Image, MediaUrls = [] });

        Assert.False(result.Succeeded);
        Assert.Equal("Content", result.FirstError!.Field);
    }
}
