using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Social;

public sealed class MentionsAndCommentsNotify : IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync();
    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Mentioning_existing_members_notifies_each_once_and_ignores_unknown_names()
    {
        var author = await _db.CreateUserAsync("author");
        var ana = await _db.CreateUserAsync("ana.lopez");
        var bo = await _db.CreateUserAsync("bo_beats");
        var post = await _db.As(author).PostAsync("Thanks @ana.lopez and @bo_beats (and @ana.lopez again), not @nobody_here. Mail me@x.test");

        await using var db = _db.Context();
        var mentions = await db.Notifications.Where(n => n.Type == NotificationType.Mention).ToListAsync();
        Assert.Equal(new[] { ana, bo }.Order(), mentions.Select(n => n.UserId).Order());
        Assert.All(mentions, n => Assert.Equal($"/posts/{post}", n.LinkUrl));
        Assert.All(mentions, n => Assert.Equal(author, n.ActorId));
    }

    [Fact]
    public async Task A_comment_notifies_the_post_author_and_a_reply_notifies_the_comment_author()
    {
        var author = await _db.CreateUserAsync("author");
        var commenter = await _db.CreateUserAsync("commenter");
        var replier = await _db.CreateUserAsync("replier");
        var post = await _db.As(author).PostAsync("Feedback welcome");
        var comment = (await _db.As(commenter).Get<CommentService>().AddAsync(post, "Nice mix")).Value;
        await _db.As(replier).Get<CommentService>().AddAsync(post, "Agreed", comment);

        await using var db = _db.Context();
        var rows = await db.Notifications.OrderBy(n => n.CreatedAt).Select(n => new { n.UserId, n.Type }).ToListAsync();
        Assert.Contains(new { UserId = author, Type = NotificationType.Comment }, rows);
        Assert.Contains(new { UserId = commenter, Type = NotificationType.Reply }, rows);
        Assert.Equal(2, rows.Count(r => r.UserId == author));
        Assert.Equal(2, await _db.ScalarAsync<int>("SELECT comments_count FROM posts WHERE id = $1", post));
    }

    [Fact]
    public async Task A_private_authors_post_tells_only_the_mentioned_members_who_can_read_it()
    {
        var author = await _db.CreateUserAsync("quiet_author");
        var friend = await _db.CreateUserAsync("friend");
        var stranger = await _db.CreateUserAsync("stranger");
        await _db.As(author).FollowAsync(friend);
        await _db.As(friend).FollowAsync(author);
        await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = 'private' WHERE user_id = $1", author);

        var post = await _db.As(author).PostAsync("Session with @friend and @stranger tonight");
        await _db.As(friend).Get<CommentService>().AddAsync(post, "Bring @stranger too?");

        await using var db = _db.Context();
        var told = await db.Notifications.Where(n => n.Type == NotificationType.Mention).Select(n => n.UserId).ToListAsync();
        Assert.Equal([friend], told); // the stranger would have opened a post they may not read, twice
    }
}
