using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Messaging;

/// <summary>
/// "New message" on the messages page writes to a member by username without going to their profile: an unknown name is
/// explained in the dialog with the text kept, a known one opens the conversation (on a phone too).
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class ANewMessageFromTheMessagesPage(E2EFixture app)
{
    [Theory]
    [InlineData(1280, false)]
    [InlineData(390, true)]
    public async Task A_member_starts_a_conversation_by_username(int width, bool dark)
    {
        await app.CreateSettledMemberAsync($"nm_writer_{width}");
        await app.CreateSettledMemberAsync($"nm_reader_{width}");
        var page = await app.SignedInPageAsync($"nm_writer_{width}", width, dark);
        var shots = new Screenshots(page, $"New_message_{width}");
        await page.GotoAsync("/messages");
        await page.Locator("[data-interactive=true]:has([data-testid=new-message])").Or(page.GetByTestId("new-message")).First.WaitForAsync();
        await page.WaitForCircuitAsync();

        // No unread requests: the tab says only its name (a Razor slip once printed its code there).
        await Expect(page.GetByTestId("messages-requests-tab")).ToHaveTextAsync("Requests");
        var heading = page.GetByRole(AriaRole.Heading, new() { Name = "Messages", Exact = true });
        Assert.True(await heading.EvaluateAsync<bool>("h => h.getBoundingClientRect().height < 1.5 * parseFloat(getComputedStyle(h).lineHeight)"),
            "the Messages heading broke over lines");
        await page.GetByTestId("new-message").ClickAsync();
        var to = page.GetByLabel("To");
        await Expect(to).ToBeFocusedAsync();
        await to.FillAsync("@nobody_at_all");
        await page.GetByTestId("new-message-start").ClickAsync();
        await Expect(page.GetByText("There is no member called @nobody_at_all.")).ToBeVisibleAsync();
        await Expect(to).ToHaveValueAsync("@nobody_at_all");
        await shots.TakeAsync("unknown");

        await to.FillAsync($"@nm_reader_{width}");
        await to.PressAsync("Enter");
        await page.WaitForAddressAsync(new System.Text.RegularExpressions.Regex("/messages/[0-9a-f-]{36}$"));
        await Expect(page.GetByTestId("message-composer")).ToBeVisibleAsync();
        await shots.TakeAsync("conversation");
    }
}
