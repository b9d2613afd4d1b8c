using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Messaging;

/// <summary>
/// A member the group's creator removes, with the group open, sees at once that they are no longer in it: the messages go
/// and so does the message box (it used to stay until a send failed with "The conversation was not found.").
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class AMemberRemovedFromAGroupIsToldAtOnce(E2EFixture app)
{
    [Fact]
    public async Task The_removed_members_open_view_says_they_are_no_longer_in_the_group()
    {
        await app.CreateSettledMemberAsync("rm_group_owner");
        await app.CreateSettledMemberAsync("rm_group_kept");
        await app.CreateSettledMemberAsync("rm_group_gone");
        await app.CreateSettledMemberAsync("rm_group_also"); // a group keeps three members (decision 280)
        var owner = await app.SignedInPageAsync("rm_group_owner");
        await owner.GotoAsync("/messages");
        await owner.Locator("[data-interactive=true]").First.WaitForAsync();
        await owner.GetByTestId("new-group").ClickAsync();
        await Expect(owner.GetByLabel("Group name")).ToBeFocusedAsync();
        await owner.GetByLabel("Group name").FillAsync("Short list");
        await owner.GetByLabel("Members", new() { Exact = true }).FillAsync("@rm_group_kept, @rm_group_gone, @rm_group_also");
        await owner.GetByTestId("group-create").ClickAsync();
        await owner.WaitForAddressAsync(new System.Text.RegularExpressions.Regex("/messages/[0-9a-f-]{36}$"));
        await owner.GetByTestId("message-input").SendWithEnterAsync("Who is in?");

        var gone = await app.SignedInPageAsync("rm_group_gone");
        await gone.GotoAsync(new Uri(owner.Url).AbsolutePath);
        await gone.Locator("[data-interactive=true]").First.WaitForAsync();
        await Expect(gone.GetByTestId("message").Last).ToContainTextAsync("Who is in?");
        await Expect(gone.GetByTestId("message-input")).ToBeVisibleAsync();

        await owner.GetByTestId("conversation-members").ClickAsync();
        await owner.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Remove rm_group_gone" }).ClickAsync();
        await owner.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Remove", Exact = true }).ClickAsync();
        await Expect(owner.GetByTestId("conversation-members")).ToHaveTextAsync("Members (3)");

        await Expect(gone.GetByText("You are no longer in this group")).ToBeVisibleAsync();
        await Expect(gone.GetByTestId("message")).ToHaveCountAsync(0);
        await Expect(gone.GetByTestId("message-input")).ToHaveCountAsync(0);
    }
}
