using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Social;

/// <summary>
/// A reply whose parent comment (or post) is deleted between the service's checks and its insert gets the same clean
/// "not found" as a reply to a comment that was already gone, not a foreign-key exception.
/// </summary>
public sealed class ReplyRacingItsParentsDeletion : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_reply_to_a_comment_deleted_just_before_the_insert_is_comment_not_found()
    {
        var author = await _db.CreateUserAsync("author");
        var post = await _db.As(author).PostAsync("Feedback welcome");
        var parent = (await _db.As(author).Get<CommentService>().AddAsync(post, "Ask me anything")).Value;
        var replier = _db.AsWithInterceptor(await _db.CreateUserAsync("replier"),
            new BeforeCommentInsert(() => _db.ExecuteAsync("DELETE FROM comments WHERE id = $1", parent)));

        var result = await replier.Get<CommentService>().AddAsync(post, "Here is my question", parent);

        Assert.Equal(SocialErrors.CommentNotFound, result.FirstError);
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM comments"));
    }

    [Fact]
    public async Task A_comment_on_a_post_deleted_just_before_the_insert_is_post_not_found()
    {
        var author = await _db.CreateUserAsync("author");
        var post = await _db.As(author).PostAsync("Going away soon");
        var commenter = _db.AsWithInterceptor(await _db.CreateUserAsync("commenter"),
            new BeforeCommentInsert(() => _db.ExecuteAsync("DELETE FROM posts WHERE id = $1", post)));

        var result = await commenter.Get<CommentService>().AddAsync(post, "Wait for me");

        Assert.Equal(SocialErrors.PostNotFound, result.FirstError);
    }

    /// <summary>Runs <paramref name="race"/> on another connection right before EF sends the INSERT of a comment.</summary>
    private sealed class BeforeCommentInsert(Func<Task<int>> race) : DbCommandInterceptor
    {
        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            await RaceAsync(command);
            return result;
        }

        public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            await RaceAsync(command);
            return result;
        }

        private async Task RaceAsync(DbCommand command)
        {
            if (command.CommandText.Contains("INSERT INTO comments", StringComparison.Ordinal)) await race();
        }
    }
}
