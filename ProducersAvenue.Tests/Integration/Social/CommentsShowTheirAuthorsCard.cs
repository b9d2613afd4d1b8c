using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.Integration.Security;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Social;

/// <summary>
/// Decision 133: a comment on a post the viewer may read shows with its author's card (name and picture) whoever the
/// author is; the card is not the profile. Before, the comment tree joined the commenter's profile under its read policy,
/// so a private member's comment vanished for everyone but their connections while the post still counted it.
/// </summary>
public sealed class CommentsShowTheirAuthorsCard : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _author, _privateCommenter, _stranger, _banned, _post;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _author = await _db.CreateUserAsync("cc_author");
        _privateCommenter = await _db.CreateUserAsync("cc_private");
        _stranger = await _db.CreateUserAsync("cc_stranger");
        _banned = await _db.CreateUserAsync("cc_banned");
        _post = await _db.InsertPostAsync(_author, "a public loop", SocialTestKit.Start);
        Assert.True((await _db.As(_privateCommenter).Get<CommentService>().AddAsync(_post, "from a private member")).Succeeded);
        Assert.True((await _db.As(_banned).Get<CommentService>().AddAsync(_post, "from a member banned later")).Succeeded);
        await _db.ExecuteAsync("UPDATE user_profiles SET profile_visibility = 'private', display_name = 'Quiet Person' WHERE user_id = $1", _privateCommenter);
        await _db.ExecuteAsync("UPDATE user_profiles SET is_banned = true WHERE user_id = $1", _banned);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_private_members_comment_on_a_public_post_shows_to_a_stranger_with_their_card_and_a_banned_members_does_not()
    {
        var tree = await _db.As(_stranger).Get<CommentService>().TreeAsync(_post);
        var anonymousTree = await _db.Anonymous().Get<CommentService>().TreeAsync(_post);

        foreach (var comments in new[] { tree, anonymousTree })
        {
            var comment = Assert.Single(comments);
            Assert.Equal("from a private member", comment.Content);
            Assert.Equal(_privateCommenter, comment.Author.UserId);
            Assert.Equal("Quiet Person", comment.Author.Name);
        }
        // The card is not the profile: the stranger still may not read it.
        Assert.Equal(0, await new PolicyCaller("stranger", "pa_app", _stranger)
            .TryAsync(_db, $"SELECT count(*) FROM user_profiles WHERE user_id = '{_privateCommenter}'"));
    }
}
