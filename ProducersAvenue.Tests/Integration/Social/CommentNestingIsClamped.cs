using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Social;

public sealed class CommentNestingIsClamped : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_reply_to_a_third_level_comment_attaches_at_the_third_level()
    {
        var member = _db.As(await _db.CreateUserAsync("member"));
        var comments = member.Get<CommentService>();
        var post = await member.PostAsync("Thread");
        var level1 = (await comments.AddAsync(post, "level 1")).Value;
        var level2 = (await comments.AddAsync(post, "level 2", level1)).Value;
        var level3 = (await comments.AddAsync(post, "level 3", level2)).Value;
        var deeper = (await comments.AddAsync(post, "would be level 4", level3)).Value;
        var deeperStill = (await comments.AddAsync(post, "would be level 5", deeper)).Value;

        var tree = await comments.TreeAsync(post);

        var top = Assert.Single(tree);
        Assert.Equal(level1, top.Id);
        var second = Assert.Single(top.Replies);
        Assert.Equal(level2, second.Id);
        Assert.Equal([level3, deeper, deeperStill], second.Replies.Select(r => r.Id));
        Assert.All(second.Replies, r => Assert.Equal(3, r.Level));
        Assert.All(second.Replies, r => Assert.Empty(r.Replies));
        Assert.All(second.Replies, r => Assert.False(r.CanNest));
    }

    [Fact]
    public async Task An_empty_comment_is_refused_at_the_content_field()
    {
        var member = _db.As(await _db.CreateUserAsync("member"));
        var post = await member.PostAsync("Thread");
        var result = await member.Get<CommentService>().AddAsync(post, "   ");
        Assert.Equal("Write a comment first.", result.ErrorFor("Content"));
    }
}
