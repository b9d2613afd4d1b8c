using AngleSharp.Html.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance.Payments.Sandbox;
using ProducersAvenue.Domain.Finance.Refunds;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Integration.Finance;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Admin;

namespace ProducersAvenue.Tests.Components.Admin;

/// <summary>The admin's transactions take their status from the address (a reload, Back and a bookmark keep it) and write
/// it there when chosen, beside a search that filters in place; what is not a status name filters nothing.</summary>
public sealed class TheTransactionsStatusLivesInTheAddress : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        var world = new MoneyWorld(_db);
        var seller = await _db.CreateUserAsync("tx_seller");
        var buyer = await _db.CreateUserAsync("tx_buyer");
        var admin = await _db.CreateUserAsync("tx_admin", UserRole.Admin);
        await world.BuyByCardAsync(buyer, await world.ProductAsync(seller, "Tape Loops", 20m));
        await world.BuyByCardAsync(buyer, await world.ProductAsync(seller, "Drum Hits", 10m));
        var tape = await _db.ScalarAsync<Guid>("SELECT id FROM transactions WHERE metadata ->> 'product_title' = 'Tape Loops'");
        Assert.True((await world.AsAdmin(admin).Get<RefundService>().RefundAsync(tape)).Succeeded);
        // A checkout for a product taken off sale before the payment came is closed uncharged ('failed').
        var withdrawn = await world.ProductAsync(seller, "Withdrawn Kit", 30m);
        var closed = await world.StartCardCheckoutAsync(buyer, withdrawn);
        await _db.ExecuteAsync("UPDATE products SET status = 'paused' WHERE id = $1", withdrawn);
        Assert.False((await world.As(buyer).Get<SandboxCheckout>().PayAsync(closed, SandboxCards.Success)).Succeeded);
        this.UseDomain(_db, CurrentUser.For(admin, UserRole.Admin), world.Clock.GetUtcNow());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    private IRenderedComponent<TransactionsPage> RenderAt(string address)
    {
        Navigation.NavigateTo(address);
        var page = Render<TransactionsPage>();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll(".mud-progress-linear")), TimeSpan.FromSeconds(10));
        return page;
    }

    private static string[] Titles(IRenderedComponent<TransactionsPage> page) =>
        [.. page.FindAll("[data-testid=transaction-row] .pa-table-title").Select(td => td.FirstChild!.TextContent.Trim()).Order()];

    [Fact]
    public void The_status_in_the_address_filters_the_list_and_shows_in_its_select()
    {
        var refunded = RenderAt("/admin/transactions?status=refunded");

        Assert.Equal(["Tape Loops"], Titles(refunded));
        Assert.Equal("Refunded", ((IHtmlSelectElement)refunded.Find("#transaction-status")).Value);
        // As on the seller's wallet: a refunded sale's row shows its total, and no fee, commission or share it no longer took.
        var row = refunded.Find("[data-testid=transaction-row]");
        Assert.Equal("$20.00", row.QuerySelector("[data-label=Total]")!.TextContent.Trim());
        Assert.All(new[] { "Fees", "Commission", "Seller" }, label => Assert.Equal("—", row.QuerySelector($"[data-label={label}]")!.TextContent.Trim()));
    }

    [Fact]
    public void A_checkout_closed_uncharged_shows_no_fees_and_no_seller_share()
    {
        var failed = RenderAt("/admin/transactions?status=failed");

        var row = failed.Find("[data-testid=transaction-row]");
        Assert.Contains("Withdrawn Kit", row.TextContent);
        Assert.Contains("Not charged", row.TextContent);
        Assert.Equal("$30.00", row.QuerySelector("[data-label=Total]")!.TextContent.Trim());
        Assert.Equal("Not charged", failed.Find("#transaction-status option[value=Failed]").TextContent);
        Assert.All(new[] { "Fees", "Commission", "Seller" }, label => Assert.Equal("—", row.QuerySelector($"[data-label={label}]")!.TextContent.Trim()));
    }

    [Fact]
    public void A_status_that_is_no_name_filters_nothing()
    {
        Assert.Equal(["Drum Hits", "Tape Loops", "Withdrawn Kit"], Titles(RenderAt("/admin/transactions?status=3")));
        Assert.Equal(["Drum Hits", "Tape Loops", "Withdrawn Kit"], Titles(RenderAt("/admin/transactions?status=%00")));
        Assert.Equal("", ((IHtmlSelectElement)RenderAt("/admin/transactions?status=lost").Find("#transaction-status")).Value);
    }

    [Fact]
    public async Task Choosing_a_status_writes_it_to_the_address_and_keeps_the_search_typed()
    {
        var page = RenderAt("/admin/transactions");
        page.Find("input[type=text]").Input("tape");
        // Past the typing pause, on the fake clock: moved on until the search has run, since the field's timer may start
        // only after a first move (a single move before it left the list unfiltered under a loaded run).
        var clock = (FakeTimeProvider)Services.GetRequiredService<TimeProvider>();
        for (var i = 0; i < 50 && !Titles(page).SequenceEqual(["Tape Loops"]); i++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(100);
        }
        Assert.Equal(["Tape Loops"], Titles(page));

        page.Find("#transaction-status").Change("Completed");

        page.WaitForAssertion(() => Assert.EndsWith("/admin/transactions?status=Completed", Navigation.Uri));
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=transaction-row]")), TimeSpan.FromSeconds(10));
        Assert.Equal("tape", page.Find("input[type=text]").GetAttribute("value"));
    }
}
