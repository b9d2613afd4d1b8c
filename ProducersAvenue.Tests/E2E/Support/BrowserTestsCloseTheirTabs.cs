namespace ProducersAvenue.Tests.E2E.Support;

/// <summary>
/// A browser test's tabs close when it ends (<see cref="ClosesItsTabsAttribute"/>): each test here leaves a tab open and
/// finds none left by the other, whichever of the two runs first.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class BrowserTestsCloseTheirTabs(E2EFixture app)
{
    [Fact]
    public Task A_tab_left_open_by_one_test_is_gone_in_the_next() => LeaveATabOpenAsync();

    [Fact]
    public Task A_tab_left_open_by_another_test_is_gone_in_this_one() => LeaveATabOpenAsync();

    private async Task LeaveATabOpenAsync()
    {
        Assert.Empty(app.Browser.Contexts);
        var page = await app.NewPageAsync();
        await page.GotoAsync("/health");
        Assert.Single(app.Browser.Contexts);
    }
}
