using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Messaging;

/// <summary>
/// QA10 (a11y, finding 6): each message in a conversation starts with who wrote it for a screen reader ("You:",
/// "Dee Drums:"); on screen only its side and colour say it, and the words are hidden from the eye, so the conversation
/// looks as it did (screenshots at a phone's width in dark and a laptop's in light).
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class EachMessageSaysWhoWroteIt(E2EFixture app)
{
    [Fact]
    public async Task A_screen_reader_hears_you_or_the_other_members_name_before_each_message()
    {
        var cam = await app.CreateSettledMemberAsync("cam_says");
        var dee = await app.CreateSettledMemberAsync("dee_says");
        await app.Db.ExecuteAsync("UPDATE user_profiles SET display_name = 'Dee Drums' WHERE user_id = $1", dee);
        await app.Db.ScalarAsync<int>("INSERT INTO followers (id, follower_id, following_id, created_at) VALUES (gen_random_uuid(), $1, $2, now()) RETURNING 1", dee, cam);

        var c = await app.SignedInPageAsync("cam_says");
        await c.GotoAsync("/u/dee_says");
        await c.Locator("[data-interactive=true]").First.WaitForAsync();
        await c.GetByTestId("message-button").ClickAsync();
        await c.WaitForAddressAsync(new Regex("/messages/[0-9a-f-]{36}$"));
        await c.GetByTestId("message-input").SendWithEnterAsync("Got the stems?");
        var conversation = new Uri(c.Url).AbsolutePath;
        var d = await app.SignedInPageAsync("dee_says");
        await d.GotoAsync(conversation);
        await d.GetByTestId("message-input").SendWithEnterAsync("Sending them tonight");
        await Expect(c.GetByTestId("message")).ToHaveCountAsync(2);

        // First in each message, before its text.
        Assert.Equal(new[] { "You:", "Dee Drums:" }, await c.GetByTestId("message").EvaluateAllAsync<string[]>("all => all.map(e => e.firstElementChild.textContent)"));
        // Hidden from the eye: one pixel, clipped.
        var widths = await c.GetByTestId("message-sender").EvaluateAllAsync<double[]>("all => all.map(e => e.getBoundingClientRect().width)");
        Assert.Equal(2, widths.Length);
        Assert.All(widths, width => Assert.True(width <= 1));
        var snapshot = await c.GetByTestId("message-list").AriaSnapshotAsync();
        Assert.Contains("You:", snapshot);
        Assert.Contains("Dee Drums:", snapshot);

        await ShootAsync(conversation, 390, dark: true);
        await ShootAsync(conversation, 1366, dark: false);
    }

    private async Task ShootAsync(string conversation, int width, bool dark)
    {
        var page = await app.SignedInPageAsync("cam_says", width, dark);
        await page.GotoAsync(conversation);
        await Expect(page.GetByTestId("message")).ToHaveCountAsync(2);
        await page.GetByTestId("message-input").WaitForAsync();
        await Looks.SettleAsync(page, dark);
        var folder = Path.Combine(Screenshots.Root, nameof(EachMessageSaysWhoWroteIt));
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"conversation-{width}-{(dark ? "dark" : "light")}.png") });
    }
}
