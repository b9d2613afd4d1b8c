using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Integration.Social;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Social;

/// <summary>
/// On a small laptop (1024 px, the drawer open) the home feed's "People you may know" panel is ~200 px wide: its follow
/// buttons left each name a word or a few letters a line ("Eleanor / e / Sanfor / d"). There the button takes a line of
/// its own under the name, and a name stays on one line.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class PeopleYouMayKnowFitsBesideTheFeed(E2EFixture app)
{
    [Theory]
    [InlineData(1024)]
    [InlineData(1280)]
    public async Task Suggested_names_stay_on_one_line_beside_the_feed(int width)
    {
        var me = await app.CreateSettledMemberAsync($"pymk_me_{width}");
        var friend = await app.CreateSettledMemberAsync($"pymk_friend_{width}");
        await app.Db.As(me).FollowAsync(friend);
        foreach (var (username, name) in new[] { ("eleanore", "Eleanore Sanford"), ("clemmie", "Clemmie Murazik") })
        {
            var suggested = await app.CreateSettledMemberAsync($"pymk_{username}_{width}");
            await app.Db.ScalarAsync<int>("UPDATE user_profiles SET display_name = $2 WHERE user_id = $1 RETURNING 1", suggested, name);
            await app.Db.As(friend).FollowAsync(suggested);
        }
        var page = await app.NewPageAsync(width);
        await page.SignInAsync($"pymk_me_{width}");

        await page.GotoAsync("/");
        var panel = page.Locator("section[aria-labelledby=people-you-may-know-heading]");
        // Friends of a friend come first; the most followed members fill the list after them.
        await Expect(panel.Locator("a").First).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex($"/u/pymk_(eleanore|clemmie)_{width}$"));
        await Expect(panel.Locator($"a[href='/u/pymk_eleanore_{width}']")).ToBeVisibleAsync();

        // Each name's height against its line height: one line, not a column of word pieces.
        var lines = await panel.Locator("a").EvaluateAllAsync<double[]>(
            "links => links.map(a => a.getBoundingClientRect().height / parseFloat(getComputedStyle(a).lineHeight))");
        Assert.True(lines.Length >= 2, $"{lines.Length} suggestions");
        Assert.All(lines, l => Assert.True(l < 1.5, $"a suggested name took {l:0.#} lines"));
    }
}
