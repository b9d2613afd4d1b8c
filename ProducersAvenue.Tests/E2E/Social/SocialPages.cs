using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using ProducersAvenue.Tests.E2E.Support;

namespace ProducersAvenue.Tests.E2E.Social;

/// <summary>The social pages as a member uses them; every Open waits until the page is interactive (they prerender first).</summary>
public sealed class SocialPages(IPage page)
{
    public async Task OpenAsync(string path)
    {
        await page.GotoAsync(path);
        await page.WaitForPageAsync();
    }

    /// <summary>A full-page screenshot from the top, at <paramref name="width"/> px (the page is opened again at that width).</summary>
    public async Task ShootAsync(E2E.Support.Screenshots shots, string step, int width = 1280)
    {
        if (page.ViewportSize?.Width != width)
        {
            await page.SetViewportSizeAsync(width, width < 600 ? 844 : 900);
            await OpenAsync(page.Url);
        }
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await shots.TakeAsync(step);
    }

    public ILocator Composer => page.GetByTestId("post-composer");
    public ILocator Posts => page.GetByTestId("post-card");
    public ILocator Post(string text) => Posts.Filter(new() { HasText = text });

    public async Task FollowFromProfileAsync(string username)
    {
        await OpenAsync($"/u/{username}");
        await page.GetByTestId("profile-follow").GetByRole(AriaRole.Button, new() { Name = "Follow" }).ClickAsync();
        await Expect(page.GetByTestId("profile-follow").GetByRole(AriaRole.Button, new() { Name = "Unfollow" })).ToBeVisibleAsync();
    }

    public ILocator ConnectedBadge => page.GetByTestId("profile-connected").GetByText("Connected");

    public async Task ChooseComposerTabAsync(string tab) =>
        await Composer.GetByRole(AriaRole.Tab, new() { Name = tab }).ClickAsync();

    public async Task WriteAsync(string text) =>
        await Composer.Locator("textarea").First.FillAsync(text);

    public async Task SubmitPostAsync(string expectedText)
    {
        await Composer.GetByRole(AriaRole.Button, new() { Name = "Post", Exact = true }).ClickAsync();
        await Expect(Post(expectedText).First).ToBeVisibleAsync();
    }

    /// <summary>The bell's icon button; its label carries the unread count.</summary>
    public ILocator Bell => page.Locator("button[aria-label^='Notifications,']");
}
