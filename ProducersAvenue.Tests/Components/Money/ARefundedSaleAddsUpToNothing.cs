using Bunit;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance.Refunds;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.Integration.Finance;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Money;

namespace ProducersAvenue.Tests.Components.Money;

/// <summary>
/// The seller's wallet lists a refunded sale with its total and $0.00 for them, without the fees and commission it no
/// longer took (the row read "$120.00 −$3.78 −$24.00 (20%) $0.00"); a sale that stands keeps them.
/// </summary>
public sealed class ARefundedSaleAddsUpToNothing : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _seller;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        var world = new MoneyWorld(_db);
        _seller = await _db.CreateUserAsync("refund_row_seller");
        var buyer = await _db.CreateUserAsync("refund_row_buyer");
        var admin = await _db.CreateUserAsync("refund_row_admin", UserRole.Admin);
        await world.BuyByCardAsync(buyer, await world.ProductAsync(_seller, "Kept Sale", 20m));
        await world.BuyByCardAsync(buyer, await world.ProductAsync(_seller, "Refunded Sale", 30m));
        var refunded = await _db.ScalarAsync<Guid>("SELECT id FROM transactions WHERE amount_total = 3000");
        Assert.True((await world.AsAdmin(admin).Get<RefundService>().RefundAsync(refunded)).Succeeded);
        this.UseDomain(_db, CurrentUser.For(_seller), world.Clock.GetUtcNow());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public void A_refunded_sale_shows_no_fees_or_commission_and_a_kept_one_does()
    {
        var page = Render<WalletPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=wallet-row]").Count));
        var rows = page.FindAll("[data-testid=wallet-row]");
        var refunded = Assert.Single(rows, r => r.TextContent.Contains("Refunded Sale"));
        var kept = Assert.Single(rows, r => r.TextContent.Contains("Kept Sale"));
        string Cell(AngleSharp.Dom.IElement row, string label) => row.QuerySelector($"td[data-label={label}]")!.TextContent.Trim();
        Assert.Equal(("$30.00", "—", "—", "$0.00"), (Cell(refunded, "Total"), Cell(refunded, "Fees"), Cell(refunded, "Commission"), Cell(refunded, "You")));
        Assert.StartsWith("−$", Cell(kept, "Fees"));
        Assert.StartsWith("−$", Cell(kept, "Commission"));
    }
}
