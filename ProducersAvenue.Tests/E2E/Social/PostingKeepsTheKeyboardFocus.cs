using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Social;

/// <summary>
/// A keyboard user who posts or comments with Enter on the button keeps their place: the button is busy while it sends,
/// not disabled (a disabled button dropped the focus to the page's start, and a screen reader back to the top).
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class PostingKeepsTheKeyboardFocus(E2EFixture app)
{
    [Fact]
    public async Task The_post_and_comment_buttons_keep_the_focus_after_sending()
    {
        var me = await app.CreateSettledMemberAsync("focus_fay");
        var post = await app.InsertLinkPostAsync(me, "Talk to me", "https://example.com/track");
        var page = await app.NewPageAsync();
        await page.SignInAsync("focus_fay");
        var social = new SocialPages(page);
        await social.OpenAsync("/");

        await social.WriteAsync("Posted from the keyboard");
        var postButton = social.Composer.GetByRole(AriaRole.Button, new() { Name = "Post", Exact = true });
        await postButton.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(social.Post("Posted from the keyboard").First).ToBeVisibleAsync();
        await Expect(postButton).ToBeFocusedAsync();

        await social.OpenAsync($"/posts/{post}");
        await page.GetByLabel("Add a comment").FillAsync("Commented from the keyboard");
        var commentButton = page.GetByRole(AriaRole.Button, new() { Name = "Comment", Exact = true });
        await commentButton.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#comments").GetByRole(AriaRole.Paragraph).Filter(new() { HasText = "Commented from the keyboard" })).ToBeVisibleAsync();
        await Expect(commentButton).ToBeFocusedAsync();
    }

    [Fact]
    public async Task A_cards_comment_link_lands_in_the_comment_box()
    {
        var me = await app.CreateSettledMemberAsync("focus_cole");
        await app.InsertLinkPostAsync(me, "Say something", "https://example.com/track");
        var page = await app.NewPageAsync();
        await page.SignInAsync("focus_cole");
        var social = new SocialPages(page);
        await social.OpenAsync("/");

        await social.Post("Say something").GetByRole(AriaRole.Link, new() { Name = "Comment on" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        // Ready to type: it took four or more Tabs from the page's hidden heading to reach the box.
        await Expect(page.GetByLabel("Add a comment")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Typed straight away");
        await Expect(page.GetByLabel("Add a comment")).ToHaveValueAsync("Typed straight away");
    }
}
