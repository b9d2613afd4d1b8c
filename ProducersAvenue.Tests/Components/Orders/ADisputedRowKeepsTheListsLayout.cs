using Bunit;
using Microsoft.Playwright;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Integration.Orders;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Orders;

namespace ProducersAvenue.Tests.Components.Orders;

/// <summary>
/// On <c>/orders</c> a row whose payment is disputed carries one chip more, and its chips, due text and price dropped to a
/// second line on the left while every other row kept them on the right. The list as the page renders it (bUnit, real
/// PostgreSQL) is laid out with the page's own stylesheet in Chromium, with no app around it: at a desktop's width every
/// row keeps them on its first line at the right edge; at a phone's, every row puts them on a line of their own at the left.
/// Screenshots of both go to the test artifacts.
/// </summary>
public sealed class ADisputedRowKeepsTheListsLayout : BunitContext, IAsyncLifetime
{
    /// <summary>MudBlazor's small chip, near enough: the rows' layout, not the chips' look, is under test.</summary>
    private const string ChipCss = """
        body { margin: 16px; font: 14px/1.43 Roboto, Helvetica, Arial, sans-serif; }
        .mud-paper { background: #fff; border-radius: 4px; box-shadow: 0 1px 3px rgba(0,0,0,.2); }
        .mud-chip { display: inline-flex; align-items: center; height: 24px; padding: 0 8px; margin: 4px; border-radius: 12px;
                    font-size: .8125rem; border: 1px solid #bbb; white-space: nowrap; }
        .mud-text-secondary { color: #666; }
        """;

    private TestDb _db = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        var world = await OrderWorld.CreateAsync(_db);
        // A title as long as the tester's rows had: the disputed row's one chip more no longer fitted beside it.
        await _db.ExecuteAsync("UPDATE services SET title = 'Full trap beat production from scratch' WHERE id = $1", world.Service);
        await _db.ExecuteAsync("UPDATE user_profiles SET display_name = 'Alexandria Montgomery-Whitfield' WHERE user_id = $1", world.Buyer);
        await world.PlaceAsync();
        foreach (var disputed in new[] { true, false })
        {
            var order = await world.PlaceAsync();
            OrderWorld.Must(await world.Orders(world.Seller).StartAsync(order));
            if (disputed) await _db.ExecuteAsync("UPDATE transactions SET status = 'disputed' WHERE related_id = $1", order);
        }
        this.UseDomain(_db, CurrentUser.For(world.Seller), world.Clock.GetUtcNow());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    /// <summary>Where a row's title and its chips-and-price box sit (px); Playwright fills it by name, hence the setters.</summary>
    public sealed record RowBox
    {
        public double TitleLeft { get; set; }
        public double TitleTop { get; set; }
        public double TitleBottom { get; set; }
        public double MetaLeft { get; set; }
        public double MetaTop { get; set; }
        public double MetaRight { get; set; }
        public double ContentRight { get; set; }
    }

    [Fact]
    public async Task Every_row_keeps_its_chips_and_price_in_one_place_at_desktop_and_phone_widths()
    {
        var page = Render<OrdersPage>();
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=order-row]").Count));
        Assert.Single(page.FindAll("[data-testid=order-row] .pa-orders-meta [data-testid=order-disputed-chip]"));
        var list = page.Find("[data-testid=orders-list]").OuterHtml;
        var css = await File.ReadAllTextAsync(Repository.PathOf("ProducersAvenue.Web", "Components", "Pages", "Orders", "OrdersPage.razor.css"));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ChromiumLauncher.LaunchAsync(playwright);
        // 1366 wide with the menu open leaves the list ~1075 px (the tester's screenshot); a phone is 390.
        foreach (var (name, viewport, listWidth) in new[] { ("desktop", 1366, 1075), ("phone", 390, 358) })
        {
            var tab = await browser.NewPageAsync(new() { ViewportSize = new() { Width = viewport, Height = 500 } });
            await tab.SetContentAsync($"<html><head><style>{ChipCss}{css}</style></head><body><div style=\"width:{listWidth}px\">{list}</div></body></html>");
            var rows = await tab.EvaluateAsync<RowBox[]>("""
                () => [...document.querySelectorAll('.pa-orders-row')].map(row => {
                    const title = row.querySelector('.pa-orders-title').getBoundingClientRect();
                    const meta = row.querySelector('.pa-orders-meta').getBoundingClientRect();
                    const box = row.getBoundingClientRect();
                    return { titleLeft: title.left, titleTop: title.top, titleBottom: title.bottom, metaLeft: meta.left, metaTop: meta.top,
                             metaRight: meta.right, contentRight: box.right - parseFloat(getComputedStyle(row).paddingRight) };
                })
                """);
            await tab.ScreenshotAsync(new() { Path = Path.Combine(Artifacts.Folder("orders-list"), $"disputed-row-{name}.png"), FullPage = true });

            Assert.Equal(3, rows.Length);
            if (name == "desktop")
                Assert.All(rows, r =>
                {
                    Assert.True(r.MetaTop < r.TitleBottom, $"the chips and price went below the title: {r}");
                    Assert.InRange(r.MetaRight, r.ContentRight - 1, r.ContentRight + 1);
                });
            else
                Assert.All(rows, r =>
                {
                    Assert.True(r.MetaTop >= r.TitleBottom - 1, $"the chips and price stayed beside the title: {r}");
                    Assert.InRange(r.MetaLeft, r.TitleLeft - 1, r.TitleLeft + 1);
                });
        }
    }
}
