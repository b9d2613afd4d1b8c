using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Accounts;

/// <summary>
/// Decision 179: signing out in one tab signs the browser's other open tabs out (their circuits kept the member, who could
/// go on posting from them on a shared computer), and "Sign out on every device" ends the account's sessions elsewhere.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class SigningOutReachesTheOtherTabs(E2EFixture app)
{
    private static ILocator SignInLink(IPage page) => page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Sign in" });

    [Fact]
    public async Task Signing_out_in_one_tab_signs_the_browsers_other_tab_out()
    {
        await app.CreateSettledMemberAsync("two_tab_tess");
        var feed = await app.SignedInPageAsync("two_tab_tess");
        var social = new SocialPages(feed);
        await social.OpenAsync("/");
        await Expect(social.Composer).ToBeVisibleAsync();

        var other = await feed.Context.NewPageAsync();
        await other.GotoAsync("/Account/Logout");
        await other.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }).ClickAsync();
        await Expect(SignInLink(other)).ToBeVisibleAsync();

        // The feed's tab, untouched, reloads signed out: no composer acting as Tess is left on the screen.
        await Expect(SignInLink(feed)).ToBeVisibleAsync();
        await Expect(social.Composer).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Signing_out_on_every_device_ends_the_sessions_of_the_others()
    {
        var member = await app.CreateSettledMemberAsync("many_devices_max");
        var stamp = await app.Db.ScalarAsync<string>("SELECT security_stamp FROM auth.users WHERE id = $1", member);
        var laptop = await app.SignedInPageAsync("many_devices_max");
        var phone = await app.SignedInPageAsync("many_devices_max", width: 390);
        await laptop.GotoAsync("/notifications");
        await Expect(SignInLink(laptop)).ToHaveCountAsync(0);

        await phone.GotoAsync("/Account/Logout");
        await new Screenshots(phone).TakeAsync("sign-out-phone");
        await phone.GetByTestId("sign-out-everywhere").ClickAsync();
        await Expect(SignInLink(phone)).ToBeVisibleAsync();

        Assert.NotEqual(stamp, await app.Db.ScalarAsync<string>("SELECT security_stamp FROM auth.users WHERE id = $1", member));
        await laptop.GotoAsync("/");
        await Expect(SignInLink(laptop)).ToBeVisibleAsync();
    }
}
