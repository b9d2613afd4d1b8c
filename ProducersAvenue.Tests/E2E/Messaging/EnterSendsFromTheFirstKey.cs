using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Messaging;

/// <summary>
/// Enter sends from the moment the message box appears, on a first, uncached load over a slow link too. The box's Enter
/// handler used to arrive with a module the composer imported after the circuit drew the box: a fast typist's Enter made
/// a new line and nothing was sent (QA8 finding 3). Now the layout's script, loaded with the page, sends (decision 273).
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class EnterSendsFromTheFirstKey(E2EFixture app)
{
    [Fact]
    public async Task Typing_and_pressing_enter_as_soon_as_the_box_appears_sends_the_message()
    {
        await app.CreateSettledMemberAsync("ida_types");
        await app.CreateSettledMemberAsync("jo_types");
        var opener = await app.SignedInPageAsync("ida_types");
        await opener.GotoAsync("/u/jo_types");
        await opener.Locator("[data-interactive=true]").First.WaitForAsync();
        await opener.GetByTestId("message-button").ClickAsync();
        await opener.WaitForAddressAsync(new System.Text.RegularExpressions.Regex("/messages/[0-9a-f-]{36}$"));
        var conversation = new Uri(opener.Url).AbsolutePath;
        await opener.Context.CloseAsync();

        // A new browser (nothing cached) on a slow link: every script arrives a second late.
        var page = await app.SignedInPageAsync("ida_types");
        await page.RouteAsync(url => new Uri(url).AbsolutePath.EndsWith(".js", StringComparison.Ordinal), async route =>
        {
            await Task.Delay(1000);
            await route.ContinueAsync();
        });
        await page.GotoAsync(conversation);
        var box = page.GetByTestId("message-input");
        await box.WaitForAsync();
        await box.FillAsync("race0");
        await box.PressAsync("Enter");

        await Expect(page.GetByTestId("message").Last).ToContainTextAsync("race0");
        await Expect(box).ToHaveValueAsync("");

        // Shift+Enter still makes a new line.
        await box.PressSequentiallyAsync("two");
        await box.PressAsync("Shift+Enter");
        await box.PressSequentiallyAsync("lines");
        await Expect(box).ToHaveValueAsync("two\nlines");
        await Expect(page.GetByTestId("message")).ToHaveCountAsync(1);
    }
}
