using Microsoft.Playwright;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Social;

/// <summary>
/// A member reading a post sees what others do to it while the page is open — a comment written, edited and deleted, a poll
/// vote, a like — without reloading: the services tell open post pages once the change commits (<see cref="IPostBroadcaster"/>).
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class ThePostPageFollowsItsConversation(E2EFixture app)
{
    [Fact]
    public async Task Others_comments_and_votes_appear_on_an_open_post_page()
    {
        var author = await app.CreateSettledMemberAsync("live_poller");
        await app.CreateSettledMemberAsync("live_reader");
        var other = await app.CreateSettledMemberAsync("live_other");
        var post = await AsAsync(author, s => s.Get<PostService>().CreatePostAsync("Kick or clap on the two?", ["Kick", "Clap"]));
        var page = await app.SignedInPageAsync("live_reader");
        await page.GotoAsync($"/posts/{post}");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        var card = page.GetByTestId("post-card");
        await card.GetByText("Kick", new() { Exact = true }).ClickAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Vote" }).ClickAsync();
        await Expect(card).ToContainTextAsync("1 vote");

        await AsAsync(other, async s => Assert.True((await s.Get<PollService>().VoteAsync(post, 1)).Succeeded));
        await Expect(card).ToContainTextAsync("2 votes");

        var comment = await AsAsync(other, s => s.Get<CommentService>().AddAsync(post, "Clap, every time."));
        Assert.True(comment.Succeeded);
        var comments = page.Locator("#comments");
        await Expect(comments).ToContainTextAsync("Clap, every time.");
        await Expect(card.Locator(".pa-card-count").Last).ToHaveTextAsync("1 comment");

        await AsAsync(other, async s => Assert.True((await s.Get<CommentService>().EditAsync(comment.Value, "Clap, unless it's trap.")).Succeeded));
        await Expect(comments).ToContainTextAsync("Clap, unless it's trap.");

        await AsAsync(other, async s => Assert.True((await s.Get<CommentService>().DeleteAsync(comment.Value)).Succeeded));
        await Expect(comments).ToContainTextAsync("No comments yet");
        await Expect(card.Locator(".pa-card-count").Last).ToHaveTextAsync("0 comments");
    }

    [Fact]
    public async Task Others_likes_of_the_post_show_on_an_open_post_page()
    {
        var author = await app.CreateSettledMemberAsync("live_liked");
        await app.CreateSettledMemberAsync("live_watcher");
        var fan = await app.CreateSettledMemberAsync("live_fan");
        var post = await AsAsync(author, s => s.Get<PostService>().CreateAsync(new CreatePostCommand { Content = "Bounced the new one tonight" }));
        Assert.True(post.Succeeded);
        var page = await app.SignedInPageAsync("live_watcher");
        await page.GotoAsync($"/posts/{post.Value}");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        var likes = page.GetByTestId("post-card").Locator(".pa-card-count").First;
        await Expect(likes).ToHaveTextAsync("0 likes");

        await AsAsync(fan, async s => Assert.True((await s.Get<LikeService>().TogglePostAsync(post.Value)).Succeeded));
        await Expect(likes).ToHaveTextAsync("1 like");

        await AsAsync(fan, async s => Assert.True((await s.Get<LikeService>().TogglePostAsync(post.Value)).Succeeded));
        await Expect(likes).ToHaveTextAsync("0 likes");
    }

    /// <summary>Runs <paramref name="work"/> in the app's own services (whose broadcaster the open pages hear) as <paramref name="member"/>.</summary>
    private async Task<T> AsAsync<T>(Guid member, Func<AppScope, Task<T>> work)
    {
        await using var scope = app.App.Scope();
        scope.Get<CurrentUser>().Set(member);
        return await work(scope);
    }

    private async Task AsAsync(Guid member, Func<AppScope, Task> work) => await AsAsync(member, async s =>
    {
        await work(s);
        return true;
    });
}

file static class PollPosts
{
    public static async Task<Guid> CreatePostAsync(this PostService posts, string question, string[] options)
    {
        var created = await posts.CreateAsync(new CreatePostCommand
        {
            Type = PostType.Poll, Content = question, PollOptions = [.. options], PollEndsAt = DateTimeOffset.UtcNow.AddDays(1),
        });
        Assert.True(created.Succeeded, created.FirstError?.Message);
        return created.Value;
    }
}
