using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Social;

/// <summary>
/// Clicks a browser sends together reach the circuit as separate events before the button's <c>disabled</c> comes back:
/// three quick clicks on Post made three posts. The handler ignores a click while it is running
/// (<c>Unit/Layout/ActionsIgnoreASecondClickWhileRunning</c> holds every such handler to it).
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class ClicksThatArriveTogetherPostOnce(E2EFixture app)
{
    [Fact]
    public async Task Three_clicks_on_post_make_one_post()
    {
        var me = await app.CreateSettledMemberAsync("triple_tia");
        var page = await app.NewPageAsync();
        await page.SignInAsync("triple_tia");
        var social = new SocialPages(page);
        await social.OpenAsync("/");
        await social.WriteAsync("Said once, clicked thrice");

        await social.Composer.GetByRole(AriaRole.Button, new() { Name = "Post", Exact = true })
            .EvaluateAsync("b => { b.click(); b.click(); b.click(); }");

        await Expect(social.Posts.Filter(new() { HasText = "Said once, clicked thrice" })).ToHaveCountAsync(1);
        await Expect(social.Composer.Locator("textarea").First).ToHaveValueAsync("");
        Assert.Equal(1, await app.Db.ScalarAsync<int>("SELECT count(*)::int FROM posts WHERE user_id = $1", me));
    }
}
