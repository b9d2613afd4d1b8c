using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Social;

/// <summary>
/// A Follow button pressed with Enter keeps the keyboard focus while its click is answered and after it turns into
/// Unfollow: it said it was busy by being disabled, and a disabled button drops the focus to the page (the next Tab
/// started again at the top).
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class FollowingByKeyboardKeepsTheFocus(E2EFixture app)
{
    [Fact]
    public async Task Enter_on_a_profiles_follow_button_leaves_the_focus_on_it()
    {
        await app.CreateSettledMemberAsync("keyed_kai");
        await app.CreateSettledMemberAsync("tabbing_tess");
        var page = await app.NewPageAsync();
        await page.SignInAsync("tabbing_tess");
        await new SocialPages(page).OpenAsync("/u/keyed_kai");
        var button = page.GetByTestId("profile-follow").GetByRole(AriaRole.Button);

        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(button).ToHaveTextAsync("Unfollow");
        await Expect(button).ToBeFocusedAsync();
        Assert.Equal("BUTTON", await page.EvaluateAsync<string>("() => document.activeElement.tagName"));
    }
}
