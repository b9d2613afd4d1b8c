using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Integration.Social;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Social;

[Collection(E2ECollection.Name)]
public sealed class FeedsLoadTheNextPageOnScroll(E2EFixture app)
{
    [Fact]
    public async Task Scrolling_to_the_end_of_a_tag_feed_loads_the_next_page_without_a_click()
    {
        var author = await app.App.CreateMemberAsync("scroll_author");
        for (var i = 0; i < 25; i++)
            await app.Db.InsertPostAsync(author.Id, $"Scroll sample {i:00} #scrolltest", SocialTestKit.Start.AddMinutes(-i));
        // A member's feed scrolls in the circuit; a visitor's static one is VisitorsScrollStaticFeeds (decision 143).
        await app.CreateSettledMemberAsync("scroll_reader");
        var page = await app.SignedInPageAsync("scroll_reader");
        var social = new SocialPages(page);

        await social.OpenAsync("/tags/scrolltest");
        await Expect(social.Posts).ToHaveCountAsync(20);
        await page.WaitForCircuitAsync();
        await page.GetByTestId("feed-more").ScrollIntoViewIfNeededAsync();

        await Expect(social.Posts).ToHaveCountAsync(25);
        await Expect(page.GetByText("You're all caught up.")).ToBeVisibleAsync();
        await Expect(social.Post("Scroll sample 24")).ToBeVisibleAsync();
    }
}
