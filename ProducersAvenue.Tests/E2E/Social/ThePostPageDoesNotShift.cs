using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Integration.Social;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Social;

/// <summary>
/// A post's own page is drawn where it stays: its one card is not one of a feed's (drawn only near the viewport, at a
/// 360 px placeholder first), so the comments below it do not jump up a frame later — Lighthouse had measured a layout
/// shift of 0.07 there on a phone.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class ThePostPageDoesNotShift(E2EFixture app)
{
    [Fact]
    public async Task Nothing_moves_on_a_phone_while_the_post_and_its_comments_load()
    {
        var author = await app.CreateSettledMemberAsync("steady_sam");
        var at = DateTimeOffset.UtcNow.AddHours(-3);
        var post = await app.Db.InsertPostAsync(author, "A short post with a few answers.", at);
        for (var i = 0; i < 3; i++)
        {
            await app.Db.ScalarAsync<Guid>("INSERT INTO comments (post_id, user_id, content, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
                post, author, $"Answer {i}", at.AddMinutes(i + 1));
        }
        var page = await app.NewPageAsync(width: 390);
        await page.AddInitScriptAsync("""
            window.__shift = 0;
            new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value; })
                .observe({ type: 'layout-shift', buffered: true });
            """);

        await page.GotoAsync($"/posts/{post}");
        await Expect(page.Locator("#comments .pa-comment")).ToHaveCountAsync(3);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal(0.0, await page.EvaluateAsync<double>("() => window.__shift"), precision: 3);
    }
}
