using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Accounts;

/// <summary>
/// Identity's pages without Bootstrap (decision 120): their buttons and inputs are styled by the site's account.css from
/// the theme, so in dark mode the inputs are dark and in light mode light, at desktop and phone widths.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class AccountPagesFollowTheTheme(E2EFixture app)
{
    /// <summary>Relative luminance (0 black … 1 white) of an element's computed background color.</summary>
    private const string BackgroundLuminance = """
        el => {
          const [r, g, b] = getComputedStyle(el).backgroundColor.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number)
            .map(c => { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        }
        """;

    [Theory]
    [InlineData(1280, false)]
    [InlineData(1280, true)]
    [InlineData(390, false)]
    [InlineData(390, true)]
    public async Task Sign_in_and_settings_pages_are_styled_from_the_theme(int width, bool dark)
    {
        var member = $"theme_{width}_{(dark ? "dark" : "light")}";
        await app.CreateSettledMemberAsync(member);
        var page = await app.NewPageAsync(width, dark);
        var shots = new Screenshots(page, $"Account_pages_{width}_{(dark ? "dark" : "light")}");

        // The first response of a visit asks for the system theme (decision 070); the pages after it are painted in it.
        await page.GotoAsync("/");
        await page.GotoAsync("/Account/Login");
        var signIn = page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true });
        await Expect(signIn).ToBeVisibleAsync();
        Assert.Equal("10px", await signIn.EvaluateAsync<string>("b => getComputedStyle(b).borderTopLeftRadius"));
        Assert.NotEqual("rgba(0, 0, 0, 0)", await signIn.EvaluateAsync<string>("b => getComputedStyle(b).backgroundColor"));
        var input = page.GetByLabel("Email or username");
        var luminance = await input.EvaluateAsync<double>(BackgroundLuminance);
        Assert.True(dark ? luminance < 0.2 : luminance > 0.8, $"the input's background luminance is {luminance:0.00} in {(dark ? "dark" : "light")} mode");
        await shots.TakeAsync("sign-in");

        await page.GotoAsync("/Account/Register");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Create account" })).ToBeVisibleAsync();
        await shots.TakeAsync("register");

        await page.SignInAsync(member);
        await page.GotoAsync("/Account/Manage/Email");
        var email = page.Locator(".pa-manage .form-control").First;
        await Expect(email).ToBeVisibleAsync();
        var manageLuminance = await email.EvaluateAsync<double>(BackgroundLuminance);
        Assert.True(dark ? manageLuminance < 0.2 : manageLuminance > 0.8, $"the settings input's luminance is {manageLuminance:0.00}");
        await shots.TakeAsync("settings-email");
        await page.GotoAsync("/Account/Manage/ChangePassword");
        await shots.TakeAsync("settings-password");
    }
}
