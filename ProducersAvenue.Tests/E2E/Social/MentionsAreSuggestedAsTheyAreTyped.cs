using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Social;

/// <summary>
/// Typing "@" and the start of a name in the post box, a comment box or a message box opens a list of members under the
/// line typed, from the "@": arrows move through it, Enter (or a click) puts "@username " in the text, Escape closes it — and in a message box
/// Enter chooses rather than sends while the list is open.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class MentionsAreSuggestedAsTheyAreTyped(E2EFixture app)
{
    [Fact]
    public async Task A_member_mentions_by_choosing_from_the_list_in_a_post_and_in_a_message()
    {
        var writer = await app.CreateSettledMemberAsync("zev_writer");
        var friend = await app.CreateSettledMemberAsync("zevon_keys");
        await app.CreateSettledMemberAsync("zevalo_drums");
        await app.Db.ExecuteAsync("UPDATE user_profiles SET display_name = 'Zevon Keys' WHERE user_id = $1", friend);
        await app.Db.ExecuteAsync("""
            INSERT INTO followers (id, follower_id, following_id, created_at)
            VALUES (gen_random_uuid(), $1, $2, now()), (gen_random_uuid(), $2, $1, now())
            """, writer, friend);
        var page = await app.SignedInPageAsync("zev_writer");
        var social = new SocialPages(page);
        await social.OpenAsync("/");

        var box = social.Composer.Locator("textarea").First;
        await box.PressSequentiallyAsync("Session tonight with @zev");
        var list = page.GetByRole(AriaRole.Listbox, new() { Name = "Members to mention" });
        await Expect(list.GetByRole(AriaRole.Option)).ToHaveCountAsync(2);
        // The member the writer follows comes first and is the one Enter would take; Down moves to the next.
        await Expect(list.GetByRole(AriaRole.Option).First).ToContainTextAsync("Zevon Keys");
        await Expect(list.GetByRole(AriaRole.Option).First).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(box).ToHaveAttributeAsync("aria-activedescendant", new Regex(".+"));
        // Under the line typed, from its "@": inside the three-line box's height, not under the box, and not at its left edge.
        var at = (await list.BoundingBoxAsync())!;
        var around = (await box.BoundingBoxAsync())!;
        Assert.InRange(at.Y, around.Y + 10, around.Y + around.Height - 10);
        Assert.True(at.X > around.X + 60, $"the list starts at {at.X}, the box at {around.X}: not at the typed @");
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(list.GetByRole(AriaRole.Option).Nth(1)).ToHaveAttributeAsync("aria-selected", "true");
        await page.Keyboard.PressAsync("ArrowUp");
        await page.Keyboard.PressAsync("Enter");
        await Expect(list).ToBeHiddenAsync();
        await Expect(box).ToHaveValueAsync("Session tonight with @zevon_keys ");
        await box.PressSequentiallyAsync("at 9");
        await social.SubmitPostAsync("Session tonight with");
        await Expect(social.Post("Session tonight with").First.GetByRole(AriaRole.Link, new() { Name = "@zevon_keys" })).ToHaveAttributeAsync("href", "/u/zevon_keys");

        // Escape closes the list and leaves the text as typed.
        await box.PressSequentiallyAsync("@zeval");
        await Expect(list.GetByRole(AriaRole.Option)).ToHaveCountAsync(1);
        await page.Keyboard.PressAsync("Escape");
        await Expect(list).ToBeHiddenAsync();
        await Expect(box).ToHaveValueAsync("@zeval");

        // In a conversation, Enter takes the suggestion; the next Enter sends.
        await page.GotoAsync("/u/zevon_keys");
        await page.Locator("[data-interactive=true]").First.WaitForAsync();
        await page.GetByTestId("message-button").ClickAsync();
        await page.WaitForAddressAsync(new Regex("/messages/[0-9a-f-]{36}$"));
        var message = page.GetByTestId("message-input");
        await Expect(message).ToHaveAttributeAsync("data-pa-enter-sends", "true");
        await message.PressSequentiallyAsync("Ask @zeval");
        var messageList = page.GetByRole(AriaRole.Listbox, new() { Name = "Members to mention" });
        await Expect(messageList.GetByRole(AriaRole.Option)).ToHaveCountAsync(1);
        await page.Keyboard.PressAsync("Enter");
        await Expect(message).ToHaveValueAsync("Ask @zevalo_drums ");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByTestId("message").Last).ToContainTextAsync("Ask @zevalo_drums");
    }
}
