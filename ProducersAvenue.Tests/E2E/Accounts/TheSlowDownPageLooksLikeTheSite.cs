using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Accounts;

/// <summary>
/// Over the sign-in rate limit the browser gets the 429 page: it was a bare card without the site's frame. It now has
/// the app bar with the logo, the site's styles and a way back. Its own app with a limit of one post per window.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class TheSlowDownPageLooksLikeTheSite(E2EFixture e2e) : IAsyncLifetime
{
    private AppFactory _app = null!;
    private Uri _base = null!;

    public Task InitializeAsync()
    {
        _app = new AppFactory(e2e.Db, new Dictionary<string, string?>
        {
            ["Accounts:SignInPostsPerWindow"] = "1", ["Accounts:SignInWindowSeconds"] = "600",
        });
        _base = _app.StartKestrel();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData(1280, false)]
    [InlineData(390, true)]
    public async Task The_429_page_has_the_site_frame_and_a_way_back(int width, bool dark)
    {
        var context = await e2e.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _base.ToString(), ViewportSize = new ViewportSize { Width = width, Height = width < 600 ? 844 : 900 },
            ColorScheme = dark ? ColorScheme.Dark : ColorScheme.Light,
        });
        var page = await context.NewPageAsync();
        var login = new LoginPage(page);
        for (var attempt = 0; attempt < 2; attempt++)
        {
            await login.OpenAsync();
            await login.SignInAsync("nobody_here", "wrong password");
        }

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Slow down" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Producers Avenue home" })).ToBeVisibleAsync();
        Assert.True(await page.Locator("header img[src='/assets/logo.svg']").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the logo loads");
        Assert.NotEqual("0px", await page.Locator(".pa-auth-card").EvaluateAsync<string>("c => getComputedStyle(c).borderTopLeftRadius"));
        await new Screenshots(page, $"The_429_page_{width}_{(dark ? "dark" : "light")}").TakeAsync("slow-down");

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to Producers Avenue" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(_base.ToString());
    }
}
