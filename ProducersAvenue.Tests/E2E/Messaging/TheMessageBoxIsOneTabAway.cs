using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Messaging;

/// <summary>
/// Every message brings its own buttons ("Delete for me", "Report"), so in a long conversation the box to write in was
/// some sixty Tabs away. The conversation's first stop is "Skip to the message box", hidden until the keyboard reaches it.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class TheMessageBoxIsOneTabAway(E2EFixture app)
{
    [Fact]
    public async Task The_conversations_first_stop_puts_the_keyboard_in_the_message_box()
    {
        var ivy = await app.CreateSettledMemberAsync("ivy_skips");
        var jon = await app.CreateSettledMemberAsync("jon_talks");
        await app.Db.ScalarAsync<int>("INSERT INTO followers (id, follower_id, following_id, created_at) VALUES (gen_random_uuid(), $1, $2, now()) RETURNING 1", jon, ivy);
        var page = await app.SignedInPageAsync("ivy_skips");
        await page.GotoAsync("/u/jon_talks");
        await page.Locator("[data-interactive=true]").First.WaitForAsync();
        await page.GetByTestId("message-button").ClickAsync();
        await page.WaitForAddressAsync(new System.Text.RegularExpressions.Regex("/messages/[0-9a-f-]{36}$"));
        await page.GetByTestId("message-composer").WaitForAsync();

        var skip = page.GetByRole(AriaRole.Button, new() { Name = "Skip to the message box" });
        Assert.True(await skip.EvaluateAsync<bool>("e => e.getBoundingClientRect().width <= 1"), "out of sight until focused");
        await skip.FocusAsync();
        Assert.True(await skip.EvaluateAsync<bool>("e => e.getBoundingClientRect().width > 40"), "seen once focused");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByTestId("message-input")).ToBeFocusedAsync();
    }
}
