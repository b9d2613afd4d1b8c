using Microsoft.Playwright;
using ProducersAvenue.Domain.Finance.Payments.Sandbox;
using ProducersAvenue.Domain.Finance.Payouts;
using ProducersAvenue.Domain.Finance.Refunds;
using ProducersAvenue.Domain.Finance.Wallets;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.E2E.Marketplace;
using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Integration.Finance;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Money;

/// <summary>
/// Disputes, debts and revenue in a real browser (decisions 220, 221): a sale paid with the sandbox's card 0259 is disputed a
/// minute later and an admin finds it open on <c>/admin/disputes</c>; the revenue chart renders; a seller whose late refund
/// their balance no longer covered sees what they owe on the wallet. On a phone the admin's money tables scroll in their own
/// box. Screenshots of the three pages (desktop and phone, light and dark).
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class AdminsFollowDisputesAndRevenue(E2EFixture app)
{
    [Fact]
    public async Task An_admin_sees_a_dispute_and_the_revenue_chart_and_a_seller_sees_their_debt()
    {
        var seller = await app.CreateSettledMemberAsync("dispute_e2e_seller");
        var debtor = await app.CreateSettledMemberAsync("debt_e2e_seller");
        var buyer = await app.CreateSettledMemberAsync("dispute_e2e_buyer");
        var admin = await app.CreateWithPasswordAsync("dispute_e2e_admin", UserRole.Admin);
        var world = new MoneyWorld(app.Db);

        // A card payment with 0259 is disputed a minute later.
        var disputed = await world.StartCardCheckoutAsync(buyer, await world.ProductAsync(seller, "Disputed Drum Kit", 49m));
        Assert.True((await world.As(buyer).Get<SandboxCheckout>().PayAsync(disputed, SandboxCards.Disputed)).Succeeded);
        await world.BuyByCardAsync(buyer, await world.ProductAsync(seller, "Kept Loop Pack", 25m));
        world.Clock.Advance(TimeSpan.FromMinutes(2));
        // Raised once: by this call, or first by the app's own sandbox-disputes job (every minute, on the real clock, to which
        // this world's payment is long due) — either way the payment carries its dispute.
        await world.System().Get<SandboxDisputes>().RaiseDueAsync();
        Assert.True(await app.Db.ScalarAsync<bool>("SELECT metadata ? 'dispute_id' FROM transactions WHERE id = $1", disputed));

        // A late refund the seller's balance no longer covers: $100 clears (5680¢), $50 is withdrawn, the refund leaves $50 owed.
        var kit = await world.ProductAsync(debtor, "Refunded Vocal Kit", 100m);
        await world.BuyByCardAsync(buyer, kit);
        world.Clock.Advance(TimeSpan.FromDays(8));
        await world.System().Get<WalletClearing>().ReleaseDueAsync();
        var payouts = world.As(debtor).Get<PayoutService>();
        await world.ConnectStripeAsync(debtor);
        Assert.True((await payouts.RequestAsync("50")).Succeeded);
        var sale = await app.Db.ScalarAsync<Guid>("SELECT id FROM transactions WHERE related_id = $1", kit);
        Assert.True((await world.AsAdmin(admin).Get<RefundService>().RefundAsync(sale)).Succeeded);

        var page = await app.NewPageAsync();
        await page.SignInAsync("dispute_e2e_admin");
        await page.GotoAsync("/admin/disputes");
        await Expect(page.GetByTestId("admin-disputes")).ToHaveAttributeAsync("data-interactive", "true");
        var row = page.GetByTestId("dispute-row").Filter(new() { HasText = "Disputed Drum Kit" });
        await Expect(row).ToHaveAttributeAsync("data-status", "open");
        await Expect(row).ToContainTextAsync("@dispute_e2e_seller");
        await Expect(row).ToContainTextAsync("$49.00");
        await Expect(row).ToContainTextAsync("the cardholder did not authorise it");
        await new ServicePages(page).ShootAllAsync(new Screenshots(page), "disputes");

        await page.GotoAsync("/admin/revenue");
        await Expect(page.GetByTestId("admin-revenue")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(page.GetByTestId("revenue-chart")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("revenue-period")).ToHaveCountAsync(30);
        await Expect(page.GetByTestId("revenue-gross")).Not.ToHaveTextAsync("$0.00");
        // The chart's columns always fit, so it is no scroll region (one a keyboard could not reach: its labels' text
        // stood a pixel or two below the chart on the demo's fonts and made it scroll).
        Assert.Equal("visible visible", await page.GetByTestId("revenue-chart").EvaluateAsync<string>(
            "chart => { const style = getComputedStyle(chart); return style.overflowX + ' ' + style.overflowY; }"));
        Assert.Empty(await ProducersAvenue.Tests.E2E.Accessibility.Axe.RunRulesAsync(page, "scrollable-region-focusable"));
        await new ServicePages(page).ShootAllAsync(new Screenshots(page), "revenue");
        await page.GetByText("Last 26 weeks").ClickAsync();
        await Expect(page.GetByTestId("revenue-period")).ToHaveCountAsync(26);
        // The choice is in the address: a reload keeps it (it went back to 30 days).
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/revenue\\?by=week$"));
        await page.ReloadAsync();
        await Expect(page.GetByTestId("admin-revenue")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(page.GetByTestId("revenue-period")).ToHaveCountAsync(26);

        // On a phone the money tables scroll inside their box; the page itself does not scroll sideways.
        await page.SetViewportSizeAsync(390, 844);
        foreach (var (path, testId) in new[] { ("/admin/transactions", "admin-transactions"), ("/admin/payouts", "payout-queue"), ("/admin/disputes", "admin-disputes") })
        {
            await page.GotoAsync(path);
            await Expect(page.GetByTestId(testId)).ToHaveAttributeAsync("data-interactive", "true");
            await Expect(page.Locator("table").First).ToBeVisibleAsync();
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a phone's screen");
        }

        var wallet = await app.NewPageAsync();
        await wallet.SignInAsync("debt_e2e_seller");
        await wallet.GotoAsync("/wallet");
        await Expect(wallet.GetByTestId("wallet")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(wallet.GetByTestId("wallet-debt")).ToContainTextAsync("You owe $50.00");
        await new ServicePages(wallet).ShootAllAsync(new Screenshots(wallet), "wallet-debt");
    }

    [Fact]
    public async Task An_admin_finds_a_sale_and_refunds_it_after_confirming()
    {
        var seller = await app.CreateSettledMemberAsync("refund_e2e_seller");
        var buyer = await app.CreateSettledMemberAsync("refund_e2e_buyer");
        await app.CreateWithPasswordAsync("refund_e2e_admin", UserRole.Admin);
        var world = new MoneyWorld(app.Db);
        await world.BuyByCardAsync(buyer, await world.ProductAsync(seller, "Refundable Tape Loops", 20m));

        var page = await app.NewPageAsync();
        await page.SignInAsync("refund_e2e_admin");
        await page.GotoAsync("/admin/transactions");
        await Expect(page.GetByTestId("admin-transactions")).ToHaveAttributeAsync("data-interactive", "true");
        await page.GetByLabel("Search product or member").FillAsync("Refundable Tape");
        // The search has answered (one row left) before the row is pressed: a press as the table is drawn again can miss.
        await Expect(page.GetByTestId("transaction-row")).ToHaveCountAsync(1);
        var row = page.GetByTestId("transaction-row").Filter(new() { HasText = "Refundable Tape Loops" });
        await Expect(row).ToHaveAttributeAsync("data-status", "completed");
        await Expect(row).ToContainTextAsync("@refund_e2e_buyer → @refund_e2e_seller");
        // Beside the admin drawer at a laptop's width the Refund button is in view, not past the table box's right edge.
        Assert.True(await row.GetByRole(AriaRole.Button, new() { Name = "Refund" }).EvaluateAsync<bool>(
            "b => b.getBoundingClientRect().right <= b.closest('.pa-table-wrap').getBoundingClientRect().right + 1"),
            "the Refund button is scrolled out of the transactions table's box");

        await row.GetByRole(AriaRole.Button, new() { Name = "Refund" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("@refund_e2e_buyer gets $20.00 back");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Refund" }).ClickAsync();

        await Expect(row).ToHaveAttributeAsync("data-status", "refunded");
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = "Refund" })).ToHaveCountAsync(0);
        Assert.Equal("refunded", await app.Db.ScalarAsync<string>(
            "SELECT status FROM transactions WHERE metadata ->> 'product_title' = 'Refundable Tape Loops'"));
    }
}
