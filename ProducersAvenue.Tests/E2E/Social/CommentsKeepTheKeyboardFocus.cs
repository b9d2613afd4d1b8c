using Microsoft.Playwright;
using ProducersAvenue.Domain.Social;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Integration.Social;
using ProducersAvenue.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Social;

/// <summary>
/// QA10 (a11y, findings 5 and 7), with the keyboard alone: a deleted comment hands the focus to the comment now in its
/// place (then, with none left, to the comment box) and "Comment deleted." is announced — it fell to the page's body and
/// the status still said "Comment added."; Edit puts the focus in its box, and Escape there cancels the edit, the comment
/// as it was and the focus back on Edit.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class CommentsKeepTheKeyboardFocus(E2EFixture app)
{
    [Fact]
    public async Task Deleting_and_editing_a_comment_by_keyboard_keeps_the_focus_where_the_member_is()
    {
        var author = await app.CreateSettledMemberAsync("kbd_poster");
        var me = await app.CreateSettledMemberAsync("kbd_commenter");
        var post = await app.Db.As(author).PostAsync("Feedback on this loop?");
        var comments = app.Db.As(me).Get<CommentService>();
        var first = (await comments.AddAsync(post, "Kick is loud")).Value;
        var second = (await comments.AddAsync(post, "Love the pads")).Value;
        var page = await app.SignedInPageAsync("kbd_commenter");
        await new SocialPages(page).OpenAsync($"/posts/{post}");
        var firstComment = page.Locator($"#comment-{first}");
        var secondComment = page.Locator($"#comment-{second}");
        var status = page.GetByTestId("comments-status");
        await Expect(secondComment).ToBeVisibleAsync();

        // Delete, and Delete in the question, by Enter.
        await firstComment.GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var question = page.GetByRole(AriaRole.Dialog);
        await Expect(question.GetByRole(AriaRole.Button, new() { Name = "Cancel" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(question.GetByRole(AriaRole.Button, new() { Name = "Delete" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(firstComment).ToHaveCountAsync(0);
        await Expect(secondComment).ToBeFocusedAsync();
        await Expect(status).ToHaveTextAsync("Comment deleted.");
        await Expect(status).ToHaveAttributeAsync("role", "status");
        // The next Tab goes on inside that comment, not from "Skip to content".
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await secondComment.EvaluateAsync<bool>("e => e.contains(document.activeElement)"));

        // Edit: the box takes the focus; Escape puts the comment back as it was and the focus on Edit.
        var edit = secondComment.GetByRole(AriaRole.Button, new() { Name = "Edit", Exact = true });
        await edit.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var box = secondComment.GetByRole(AriaRole.Textbox, new() { Name = "Edit comment" });
        await Expect(box).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.TypeAsync(" and the bass");
        await page.Keyboard.PressAsync("Escape");
        await Expect(box).ToHaveCountAsync(0);
        await Expect(secondComment.Locator(".pa-comment-body")).ToHaveTextAsync("Love the pads");
        await Expect(edit).ToBeFocusedAsync();

        // Reply: the box takes the focus.
        await secondComment.GetByRole(AriaRole.Button, new() { Name = "Reply", Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(secondComment.GetByRole(AriaRole.Textbox, new() { Name = "Reply to" })).ToBeFocusedAsync();

        // The last comment: the box for a new one takes the focus.
        await secondComment.GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(question.GetByRole(AriaRole.Button, new() { Name = "Cancel" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Expect(secondComment).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Add a comment" })).ToBeFocusedAsync();
        Assert.Equal(0L, await app.Db.ScalarAsync<long>("SELECT count(*) FROM comments WHERE post_id = $1", post));
    }
}
