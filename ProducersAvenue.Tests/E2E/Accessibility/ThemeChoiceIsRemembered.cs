using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Accessibility;

/// <summary>
/// The dark-mode toggle remembers its choice (a cookie the server reads), so a reload, a new page and the static sign-in
/// pages are painted in the chosen theme by the server itself (no script needed, no light flash); without a choice the
/// site follows the system theme. A member's interactive page switches palettes in place; a visitor's static page
/// (decision 143) reloads, and says which theme the system's is without a circuit to ask the browser.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class ThemeChoiceIsRemembered(E2EFixture app)
{
    private const string DarkBackground = "rgb(23, 19, 31)";   // AppTheme.PaletteDark.Background #17131f
    private const string LightBackground = "rgb(247, 246, 251)"; // AppTheme.PaletteLight.Background #f7f6fb
    private const string DarkSurface = "rgb(33, 27, 45)";       // AppTheme.PaletteDark.Surface #211b2d

    private static ILocator Toggle(IPage page) => page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Dark mode" });

    private static Task WaitForBackgroundAsync(IPage page, string rgb) =>
        page.WaitForFunctionAsync($"() => getComputedStyle(document.body).backgroundColor === '{rgb}'");

    /// <summary>The colours the browser's own bar takes: every theme-color whose media matches (one, when all is well).</summary>
    private static Task<string[]> BrowserBarAsync(IPage page) =>
        page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('meta[name=theme-color]')].filter(m => matchMedia(m.media || 'all').matches).map(m => m.content)");

    private static Task<string> BackgroundAsync(IPage page, string selector = "body") =>
        page.Locator(selector).First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");

    /// <summary>A page without JavaScript carrying <paramref name="from"/>'s cookies: what it shows, the server painted.</summary>
    private async Task<IPage> ServerOnlyPageAsync(IPage from)
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), JavaScriptEnabled = false });
        await context.AddCookiesAsync((await from.Context.CookiesAsync()).Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path,
        }));
        return await context.NewPageAsync();
    }

    [Fact]
    public async Task Choosing_dark_survives_a_reload_and_the_server_paints_every_page_dark()
    {
        await app.CreateSettledMemberAsync("theme_tess");
        var page = await app.SignedInPageAsync("theme_tess");
        await page.GotoAsync("/explore");
        await page.Locator("[data-interactive=true]").First.WaitForAsync();
        Assert.Equal(LightBackground, await BackgroundAsync(page));
        Assert.Equal(["#1e1533"], await BrowserBarAsync(page)); // the light app bar's, with the (light) system theme

        await Toggle(page).ClickAsync();
        await WaitForBackgroundAsync(page, DarkBackground);
        await Expect(Toggle(page)).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.Equal(["#120c20"], await BrowserBarAsync(page)); // the dark app bar's, moved in place

        await page.ReloadAsync();
        await page.Locator("[data-interactive=true]").First.WaitForAsync();
        Assert.Equal(DarkBackground, await BackgroundAsync(page));
        await Expect(Toggle(page)).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.Equal(["#120c20"], await BrowserBarAsync(page)); // and painted so by the server

        var serverOnly = await ServerOnlyPageAsync(page);
        await serverOnly.GotoAsync("/explore");
        Assert.Equal(DarkBackground, await BackgroundAsync(serverOnly));
        await serverOnly.GotoAsync("/Account/Login");
        Assert.Equal(DarkBackground, await BackgroundAsync(serverOnly));
        Assert.Equal(DarkSurface, await BackgroundAsync(serverOnly, ".pa-auth-card"));
        await serverOnly.GotoAsync("/Account/Register");
        Assert.Equal(DarkSurface, await BackgroundAsync(serverOnly, ".pa-auth-card"));
    }

    [Fact]
    public async Task The_toggle_on_the_static_sign_in_page_turns_it_dark()
    {
        var page = await app.NewPageAsync();
        var shots = new Screenshots(page);
        await new LoginPage(page).OpenAsync();
        Assert.Equal(LightBackground, await BackgroundAsync(page));
        await shots.TakeAsync("login-light");

        await Toggle(page).ClickAsync();

        await WaitForBackgroundAsync(page, DarkBackground);
        Assert.Equal(DarkSurface, await BackgroundAsync(page, ".pa-auth-card"));
        await shots.TakeAsync("login-dark");
        await new RegisterPage(page).OpenAsync();
        Assert.Equal(DarkSurface, await BackgroundAsync(page, ".pa-auth-card"));
        await shots.TakeAsync("register-dark");
    }

    [Fact]
    public async Task Without_a_choice_the_system_theme_applies_and_a_light_choice_beats_a_dark_system()
    {
        var page = await app.NewPageAsync(dark: true);
        await page.GotoAsync("/explore");
        await page.ExpectStaticAsync();
        await WaitForBackgroundAsync(page, DarkBackground);
        // The stylesheet painted the system theme and shows the light icon; the layout's script asked the browser which
        // theme that is (a static page has no circuit to ask), so the toggle says dark and offers light.
        await Expect(Toggle(page)).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(Toggle(page).Locator(".pa-theme-icon-dark")).ToBeVisibleAsync();
        await Expect(Toggle(page).Locator(".pa-theme-icon-light")).ToBeHiddenAsync();

        await Toggle(page).ClickAsync();
        await WaitForBackgroundAsync(page, LightBackground);

        await page.ReloadAsync();
        // Give the layout's system-theme check (made only when no choice is known) time to run: the choice must hold.
        await page.WaitForTimeoutAsync(500);
        Assert.Equal(LightBackground, await BackgroundAsync(page));
        await Expect(Toggle(page)).ToHaveAttributeAsync("aria-pressed", "false");
    }
}
