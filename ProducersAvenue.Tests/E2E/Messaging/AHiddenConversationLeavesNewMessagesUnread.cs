using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Messaging;

/// <summary>
/// A conversation open in a tab the member is not looking at does not read what arrives: the sender sees no "Seen" and
/// the member's badge keeps the message until the tab is shown again (decision 273; QA8 finding 1, whose dropped
/// connection the component test <c>AMessageIsReadOnlyWhileTheMemberCanSeeIt</c> covers).
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class AHiddenConversationLeavesNewMessagesUnread(E2EFixture app)
{
    [Fact]
    public async Task A_message_to_a_hidden_tab_stays_unread_and_is_seen_once_the_tab_is_shown()
    {
        var ana = await app.CreateSettledMemberAsync("ana_hides");
        var ben = await app.CreateSettledMemberAsync("ben_hides");
        // Ben follows Ana, so her messages land in his inbox and he sends read receipts.
        await app.Db.ScalarAsync<int>("INSERT INTO followers (id, follower_id, following_id, created_at) VALUES (gen_random_uuid(), $1, $2, now()) RETURNING 1", ben, ana);

        var a = await app.SignedInPageAsync("ana_hides");
        await OpenAsync(a, "/u/ben_hides");
        await a.GetByTestId("message-button").ClickAsync();
        await a.WaitForAddressAsync(new System.Text.RegularExpressions.Regex("/messages/[0-9a-f-]{36}$"));
        await a.GetByTestId("message-input").SendWithEnterAsync("first take");

        var b = await app.SignedInPageAsync("ben_hides");
        await OpenAsync(b, new Uri(a.Url).AbsolutePath);
        await Expect(b.GetByTestId("message").Last).ToContainTextAsync("first take");
        await Expect(a.GetByTestId("message").Last.GetByTestId("message-seen")).ToBeVisibleAsync();

        // Ben's tab goes to the background; Ana writes.
        await ShowAsync(b, "hidden");
        await a.GetByTestId("message-input").SendWithEnterAsync("while you look away");
        await Expect(b.GetByTestId("message").Last).ToContainTextAsync("while you look away");
        await b.WaitForTimeoutAsync(2000); // the view used to read it within a second of its arrival
        await Expect(a.GetByTestId("message").Last.GetByTestId("message-seen")).ToHaveCountAsync(0);
        await Expect(b.GetByRole(AriaRole.Link, new() { Name = "Messages, 1 unread" })).ToBeVisibleAsync();

        await ShowAsync(b, "visible");
        await Expect(a.GetByTestId("message").Last.GetByTestId("message-seen")).ToBeVisibleAsync();
        await Expect(b.GetByRole(AriaRole.Link, new() { Name = "Messages, 0 unread" })).ToBeVisibleAsync();
    }

    /// <summary>The page says it is <paramref name="state"/> ("hidden" or "visible"), as a browser does when its tab changes.</summary>
    private static Task ShowAsync(IPage page, string state) => page.EvaluateAsync("""
        state => {
            Object.defineProperty(document, "visibilityState", { configurable: true, get: () => state });
            document.dispatchEvent(new Event("visibilitychange"));
        }
        """, state);

    private static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.Locator("[data-interactive=true]").First.WaitForAsync();
    }
}
