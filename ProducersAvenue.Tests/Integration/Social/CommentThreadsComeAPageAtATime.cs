using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Social;

/// <summary>
/// A post's page shows its comment threads a page at a time (top-level comments with all their replies, oldest first) and
/// says how many follow; the thread of a comment just written, or linked to, is always shown.
/// </summary>
public sealed class CommentThreadsComeAPageAtATime : IAsyncLifetime
{
    private TestDb _db = null!;
    private CommentService _comments = null!;
    private Guid _post;
    private readonly List<Guid> _threads = [];
    private Guid _lateReply;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        var member = _db.As(await _db.CreateUserAsync("threads_tom"));
        _comments = member.Get<CommentService>();
        _post = await member.PostAsync("A busy post");
        var at = DateTimeOffset.UtcNow.AddHours(-1);
        for (var i = 0; i < 7; i++)
        {
            _threads.Add(await _db.ScalarAsync<Guid>(
                "INSERT INTO comments (post_id, user_id, content, created_at) SELECT $1, user_id, $2, $3 FROM posts WHERE id = $1 RETURNING id",
                _post, $"Thread {i}", at.AddMinutes(i)));
        }
        _lateReply = (await _comments.AddAsync(_post, "A reply deep in the list", _threads[5])).Value;
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task The_first_page_holds_the_oldest_threads_with_their_replies_and_counts_the_rest()
    {
        var page = await _comments.ThreadsAsync(_post, 3);

        Assert.Equal(_threads[..3], page.Comments.Select(c => c.Id));
        Assert.Equal(4, page.MoreThreads);
        Assert.All(page.Comments, c => Assert.Empty(c.Replies));
        Assert.Equal(7, (await _comments.TreeAsync(_post)).Count);
    }

    [Fact]
    public async Task The_thread_of_a_linked_or_new_comment_is_shown_with_those_before_it()
    {
        var page = await _comments.ThreadsAsync(_post, 3, showing: _lateReply);

        Assert.Equal(_threads[..6], page.Comments.Select(c => c.Id));
        Assert.Equal(_lateReply, Assert.Single(page.Comments[5].Replies).Id);
        Assert.Equal(1, page.MoreThreads);
    }

    [Fact]
    public async Task Asking_for_more_than_there_are_shows_all_and_nothing_more()
    {
        var page = await _comments.ThreadsAsync(_post, 50, showing: Guid.NewGuid());

        Assert.Equal(7, page.Comments.Count);
        Assert.Equal(0, page.MoreThreads);
    }
}
