using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Messaging;

[Collection(E2ECollection.Name)]
public sealed class MembersMessageEachOtherLive(E2EFixture app)
{
    [Fact]
    public async Task A_messages_B_who_sees_it_live_with_the_badge_replies_and_A_sees_seen_then_a_group_of_three_talks()
    {
        var mia = await app.CreateSettledMemberAsync("mia_keys");
        var noah = await app.CreateSettledMemberAsync("noah_808");
        await app.CreateSettledMemberAsync("olly_bass");
        // Noah follows Mia, so her first message lands in his inbox (his setting: people I follow).
        await app.Db.ScalarAsync<int>("INSERT INTO followers (id, follower_id, following_id, created_at) VALUES (gen_random_uuid(), $1, $2, now()) RETURNING 1", noah, mia);

        var a = await app.SignedInPageAsync("mia_keys");
        var b = await app.SignedInPageAsync("noah_808");
        await OpenAsync(b, "/messages");
        await Expect(b.GetByText("No conversations yet.")).ToBeVisibleAsync();

        // A opens the DM from B's profile and sends with Enter.
        await OpenAsync(a, "/u/noah_808");
        await a.GetByTestId("message-button").ClickAsync();
        await a.WaitForAddressAsync(new System.Text.RegularExpressions.Regex("/messages/[0-9a-f-]{36}$"));
        await a.Locator("[data-testid=message-composer]").WaitForAsync();
        await a.GetByTestId("message-input").SendWithEnterAsync("Hey Noah, got a minute for the **hook**?");
        await Expect(a.GetByTestId("message").Last).ToContainTextAsync("got a minute for the hook?");
        await Expect(a.GetByTestId("message").Last.Locator("strong")).ToHaveTextAsync("hook");
        await Expect(a.GetByTestId("message-input")).ToHaveValueAsync("");

        // B sees it arrive without reloading: the conversation with its unread count, and the app bar badge.
        var item = b.GetByTestId("conversation-item").Filter(new() { HasText = "mia_keys" });
        await Expect(item).ToBeVisibleAsync();
        await Expect(item.GetByTestId("conversation-unread")).ToHaveTextAsync("1");
        await Expect(b.GetByRole(AriaRole.Link, new() { Name = "Messages, 1 unread" })).ToBeVisibleAsync();
        await Expect(b.GetByRole(AriaRole.Status).Filter(new() { HasText = "1 unread conversation" })).ToHaveCountAsync(1);

        await item.ClickAsync();
        await Expect(b.GetByTestId("message").Last).ToContainTextAsync("got a minute");
        await Expect(b.GetByRole(AriaRole.Link, new() { Name = "Messages, 0 unread" })).ToBeVisibleAsync();
        // A sees "Seen" under her message once B has opened the conversation.
        await Expect(a.GetByTestId("message-seen")).ToBeVisibleAsync();

        // B types (A sees the indicator), then replies with Shift+Enter for a second line.
        await b.GetByTestId("message-input").PressSequentiallyAsync("Sure");
        await Expect(a.GetByTestId("typing-indicator")).ToBeVisibleAsync();
        await b.GetByTestId("message-input").PressAsync("Shift+Enter");
        await b.GetByTestId("message-input").PressSequentiallyAsync("after lunch?");
        await Expect(b.GetByTestId("message-input")).ToHaveValueAsync("Sure\nafter lunch?");
        await b.GetByTestId("message-input").PressAsync("Enter");
        await Expect(a.GetByTestId("message").Last).ToContainTextAsync("after lunch?");
        // A screen reader hears the new message: its sender and its words, in a status line.
        await Expect(a.GetByRole(AriaRole.Status).And(a.GetByTestId("message-announcement"))).ToContainTextAsync("noah_808: Sure");
        await Expect(b.GetByTestId("message-announcement")).ToHaveTextAsync("");
        await Expect(b.GetByTestId("message-seen")).ToBeVisibleAsync();

        // An empty message keeps the composer and says why.
        await b.GetByTestId("message-input").SendWithEnterAsync("   ");
        await Expect(b.GetByTestId("message-error")).ToHaveTextAsync("Write a message first.");

        var shots = new Screenshots(a);
        await shots.TakeAsync("conversation-desktop-light");
        await OpenAsync(a, "/messages");
        await shots.TakeAsync("inbox-desktop-light");
        var conversationUrl = b.Url;
        foreach (var (width, dark, name) in new[] { (390, false, "phone-light"), (390, true, "phone-dark"), (1280, true, "desktop-dark") })
        {
            var page = await app.SignedInPageAsync("noah_808", width, dark);
            var pageShots = new Screenshots(page);
            await OpenAsync(page, "/messages");
            await Expect(page.GetByTestId("conversation-item").First).ToBeVisibleAsync();
            await pageShots.TakeAsync($"inbox-{name}");
            await OpenAsync(page, new Uri(conversationUrl).AbsolutePath);
            await Expect(page.GetByTestId("message").First).ToBeVisibleAsync();
            await pageShots.TakeAsync($"conversation-{name}");
            await page.Context.CloseAsync();
        }

        // A group of three: A creates it, B (in the group, conversation list open) sees it live, C reads it from requests.
        await OpenAsync(b, "/messages");
        await a.GetByTestId("new-group").ClickAsync();
        // The dialog opens with focus on the name; typing before that lands could be moved mid-word.
        await Expect(a.GetByLabel("Group name")).ToBeFocusedAsync();
        await a.GetByLabel("Group name").FillAsync("Hook crew");
        await a.GetByLabel("Members", new() { Exact = true }).FillAsync("@noah_808, @olly_bass");
        await a.GetByTestId("group-create").ClickAsync();
        await a.WaitForAddressAsync(new System.Text.RegularExpressions.Regex("/messages/[0-9a-f-]{36}$"));
        await a.Locator("[data-testid=message-composer]").WaitForAsync();
        await a.GetByTestId("message-input").SendWithEnterAsync("Welcome to the hook crew");
        await Expect(b.GetByTestId("conversation-item").Filter(new() { HasText = "Hook crew" })).ToBeVisibleAsync();

        var c = await app.SignedInPageAsync("olly_bass");
        await OpenAsync(c, "/messages");
        // A request is counted where it waits and in the app bar, not only in the bell.
        await Expect(c.GetByTestId("requests-count")).ToHaveTextAsync("1");
        await Expect(c.GetByRole(AriaRole.Link, new() { Name = "Messages, 1 unread" })).ToBeVisibleAsync();
        await c.GetByTestId("messages-requests-tab").ClickAsync();
        await c.GetByTestId("conversation-item").Filter(new() { HasText = "Hook crew" }).ClickAsync();
        await Expect(c.GetByTestId("message").Last).ToContainTextAsync("Welcome to the hook crew");
        await c.GetByTestId("request-accept").ClickAsync();
        await Expect(c.GetByTestId("message-request")).ToHaveCountAsync(0);
        // The list follows the accepted conversation to the inbox instead of staying on an empty Requests tab.
        await Expect(c.GetByTestId("messages-inbox-tab")).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(c.GetByTestId("conversation-item").Filter(new() { HasText = "Hook crew" })).ToBeVisibleAsync();
        await c.GetByTestId("message-input").SendWithEnterAsync("Glad to be here");
        await Expect(a.GetByTestId("message").Last).ToContainTextAsync("Glad to be here");
        await Expect(a.GetByTestId("message").Last).ToContainTextAsync("olly_bass");
        await new Screenshots(a).TakeAsync("group-desktop-light");

        // On a phone the group's name keeps its line: the actions wrap under it (they squeezed it to a letter a line).
        var phone = await app.SignedInPageAsync("olly_bass", 390, dark: true);
        await OpenAsync(phone, new Uri(c.Url).AbsolutePath);
        var title = phone.GetByTestId("conversation-title");
        await Expect(title).ToHaveTextAsync("Hook crew");
        await Expect(phone).ToHaveTitleAsync("Hook crew · Messages · Producers Avenue"); // the tab names the conversation
        // The list and its heading are hidden on a phone while a conversation is open; the page keeps one h1, as it does on a desktop.
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(["Messages"]);
        await Expect(a.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(["Messages"]);
        Assert.True(await title.EvaluateAsync<bool>("t => t.getBoundingClientRect().height < 1.5 * parseFloat(getComputedStyle(t).lineHeight)"),
            "the group's name is on one line on a phone");
        await Expect(phone.GetByTestId("conversation-leave")).ToBeVisibleAsync();
        await new Screenshots(phone).TakeAsync("group-phone-dark");
    }

    private static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.Locator("[data-interactive=true]").First.WaitForAsync();
    }
}
