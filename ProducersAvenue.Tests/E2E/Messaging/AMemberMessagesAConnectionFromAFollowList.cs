using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Marketplace;
using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Messaging;

/// <summary>
/// A direct conversation starts from a connection list too: on a member's "following" list, the viewer's connections (mutual
/// follows) carry a Message button that opens the pair's conversation; members who are not connections do not.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class AMemberMessagesAConnectionFromAFollowList(E2EFixture app)
{
    [Fact]
    public async Task The_viewers_connection_has_a_message_button_that_opens_their_conversation()
    {
        var rae = await app.CreateSettledMemberAsync("rae_strings");
        var sam = await app.CreateSettledMemberAsync("sam_modular");
        var tia = await app.CreateSettledMemberAsync("tia_tape");
        const string follow = "INSERT INTO followers (id, follower_id, following_id, created_at) VALUES (gen_random_uuid(), $1, $2, now()) RETURNING 1";
        await app.Db.ScalarAsync<int>(follow, rae, sam);
        await app.Db.ScalarAsync<int>(follow, sam, rae);
        await app.Db.ScalarAsync<int>(follow, rae, tia);

        var page = await app.NewPageAsync();
        await page.SignInAsync("rae_strings");
        await page.GotoAsync("/u/rae_strings/following");
        await Expect(page.GetByTestId("follow-list")).ToHaveAttributeAsync("data-interactive", "true");
        var connection = page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "@sam_modular" });
        var stranger = page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "@tia_tape" });
        await Expect(stranger.GetByTestId("message-button")).ToHaveCountAsync(0);
        await new ServicePages(page).ShootAllAsync(new Screenshots(page, "FollowList"), "following");
        await Expect(page.GetByTestId("follow-list")).ToHaveAttributeAsync("data-interactive", "true");

        await connection.GetByTestId("message-button").ClickAsync();

        await page.WaitForAddressAsync(new System.Text.RegularExpressions.Regex("/messages/[0-9a-f-]{36}$"));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "@sam_modular", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("message-composer")).ToBeVisibleAsync();
    }
}
