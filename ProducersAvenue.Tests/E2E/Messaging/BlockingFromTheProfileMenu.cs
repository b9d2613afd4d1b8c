using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Messaging;

[Collection(E2ECollection.Name)]
public sealed class BlockingFromTheProfileMenu(E2EFixture app)
{
    [Fact]
    public async Task B_blocks_A_from_As_profile_menu_and_A_can_no_longer_message_B()
    {
        await app.CreateSettledMemberAsync("ivy_tapes");
        await app.CreateSettledMemberAsync("jules_fm");

        // A (Ivy) starts a conversation with B (Jules).
        var a = await app.SignedInPageAsync("ivy_tapes");
        await OpenAsync(a, "/u/jules_fm");
        await a.GetByTestId("message-button").ClickAsync();
        await a.WaitForAddressAsync(new System.Text.RegularExpressions.Regex("/messages/[0-9a-f-]{36}$"));
        var conversation = new Uri(a.Url).AbsolutePath;
        await a.Locator("[data-testid=message-composer]").WaitForAsync();
        await a.GetByTestId("message-input").SendWithEnterAsync("Collab on the tape loop?");
        await Expect(a.GetByTestId("message").Last).ToContainTextAsync("Collab on the tape loop?");

        // B reports the message from the conversation (a reason from the list), then blocks A.
        var b = await app.SignedInPageAsync("jules_fm");
        await OpenAsync(b, conversation);
        await b.GetByTestId("message-report").Last.ClickAsync();
        await b.GetByText("Spam or scam links").ClickAsync();
        await b.GetByLabel("Details (optional)").FillAsync("Sent to everyone in my follows");
        await new Screenshots(b).TakeAsync("report-dialog-desktop-light");
        await b.GetByTestId("report-send").ClickAsync();
        await Expect(b.GetByText("Reported — thank you. Our moderators will look at it.")).ToBeVisibleAsync();
        Assert.Equal(1, await app.Db.ScalarAsync<long>("SELECT count(*) FROM reports WHERE target_type = 'message' AND reason = 'spam'"));

        // B opens A's profile, the ⋯ menu, Block, and confirms.
        await OpenAsync(b, "/u/ivy_tapes");
        await Expect(b.Locator("[data-testid=profile-menu][data-ready=true]")).ToBeVisibleAsync();
        await b.GetByRole(AriaRole.Button, new() { Name = "More actions for @ivy_tapes" }).ClickAsync();
        await Expect(b.GetByRole(AriaRole.Menuitem, new() { Name = "Block @ivy_tapes" })).ToBeVisibleAsync();
        await new Screenshots(b).TakeAsync("profile-menu-desktop-light");
        await b.GetByRole(AriaRole.Menuitem, new() { Name = "Block @ivy_tapes" }).ClickAsync();
        await b.GetByRole(AriaRole.Button, new() { Name = "Block", Exact = true }).ClickAsync();
        await Expect(b.GetByTestId("profile-blocked")).ToBeVisibleAsync();

        // A's open conversation is read-only with a clear message, and B's profile shows only the name.
        await OpenAsync(a, conversation);
        await Expect(a.GetByTestId("message").Last).ToContainTextAsync("Collab on the tape loop?");
        await Expect(a.GetByTestId("conversation-blocked")).ToContainTextAsync("You can't message this member");
        await Expect(a.GetByTestId("message-composer")).ToHaveCountAsync(0);
        await OpenAsync(a, "/u/jules_fm");
        await Expect(a.GetByText("@jules_fm's profile isn't available to you.")).ToBeVisibleAsync();
        await Expect(a.GetByTestId("message-button")).ToHaveCountAsync(0);

        // B's settings list the block, with its undo.
        await OpenAsync(b, "/settings/profile");
        await Expect(b.GetByTestId("blocked-or-muted-row")).ToContainTextAsync("ivy_tapes");
        await new Screenshots(b).TakeAsync("blocked-and-muted-settings-desktop-light");
        foreach (var (width, dark, name) in new[] { (390, false, "phone-light"), (390, true, "phone-dark"), (1280, true, "desktop-dark") })
        {
            var page = await app.SignedInPageAsync("jules_fm", width, dark);
            var shots = new Screenshots(page);
            await OpenAsync(page, "/settings/profile");
            await Expect(page.GetByTestId("blocked-or-muted-row")).ToBeVisibleAsync();
            await page.GetByTestId("blocked-and-muted").ScrollIntoViewIfNeededAsync();
            await shots.TakeAsync($"blocked-and-muted-settings-{name}");
            await OpenAsync(page, "/u/ivy_tapes");
            await page.GetByRole(AriaRole.Button, new() { Name = "More actions for @ivy_tapes" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Menuitem, new() { Name = "Unblock @ivy_tapes" })).ToBeVisibleAsync();
            await shots.TakeAsync($"profile-menu-{name}");
            await page.Context.CloseAsync();
        }
        await b.GetByRole(AriaRole.Button, new() { Name = "Unblock @ivy_tapes" }).ClickAsync();
        await Expect(b.GetByTestId("blocked-and-muted-empty")).ToBeVisibleAsync();
    }

    private static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.Locator("[data-interactive=true]").First.WaitForAsync();
    }
}
