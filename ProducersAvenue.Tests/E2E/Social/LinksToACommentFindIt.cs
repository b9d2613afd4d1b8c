using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Integration.Social;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Social;

/// <summary>
/// Decision 149: a post's comments come 30 threads at a time. A notification's link to a comment past the first page
/// (<c>/posts/{id}#comment-{id}</c>) still shows its thread — the circuit reads the fragment, and Blazor scrolls to it once
/// rendered — and "Show more comments" adds the rest.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class LinksToACommentFindIt(E2EFixture app)
{
    [Fact]
    public async Task A_comment_past_the_first_page_is_shown_and_scrolled_to()
    {
        var author = await app.CreateSettledMemberAsync("busy_bea");
        await app.CreateSettledMemberAsync("reader_rob");
        var at = DateTimeOffset.UtcNow.AddHours(-2);
        var post = await app.Db.InsertPostAsync(author, "A post everyone answered", at);
        var comments = new List<Guid>();
        for (var i = 0; i < 35; i++)
        {
            comments.Add(await app.Db.ScalarAsync<Guid>(
                "INSERT INTO comments (post_id, user_id, content, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
                post, author, $"Answer number {i:00}", at.AddMinutes(i + 1)));
        }
        var page = await app.SignedInPageAsync("reader_rob");

        await page.GotoAsync($"/posts/{post}#comment-{comments[33]}");

        var linked = page.Locator($"#comment-{comments[33]}");
        await Expect(linked).ToBeInViewportAsync();
        await Expect(page.Locator("#comments .pa-comment")).ToHaveCountAsync(34);
        var more = page.GetByTestId("comments-more");
        await Expect(more).ToHaveTextAsync("Show more comments (1)");
        await more.ClickAsync();
        await Expect(page.Locator("#comments .pa-comment")).ToHaveCountAsync(35);
        await Expect(more).ToHaveCountAsync(0);
    }
}
