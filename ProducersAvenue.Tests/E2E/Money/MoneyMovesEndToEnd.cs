using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using ProducersAvenue.Domain.Finance.Wallets;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.E2E.Marketplace;
using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Money;

/// <summary>
/// Money in a real browser: a member buys a beat with the sandbox card (a declined card first), lands on its licence and
/// finds the receipt in the mailbox; the seller sees the amount pending with its release date; after the hold (the clearing
/// run with a clock moved 8 days on) the seller connects a payout account and asks for a payout, and an admin approves it.
/// Screenshots of the checkout, the wallet (desktop and phone, light and dark) and the payout queue.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class MoneyMovesEndToEnd(E2EFixture app)
{
    [Fact]
    public async Task A_member_buys_a_beat_by_card_and_the_seller_is_paid_out_after_the_hold()
    {
        var seller = await app.CreateSettledMemberAsync("money_seller");
        await app.CreateSettledMemberAsync("money_buyer");
        await app.CreateWithPasswordAsync("money_admin", UserRole.Admin);
        await app.Db.ScalarAsync<int>("""
            INSERT INTO products (seller_id, title, slug, price, is_free, status, is_approved, license_type) VALUES ($1, 'Money Street Beat', 'money-street-beat', 100, false, 'active', true, 'commercial') RETURNING 1
            """, seller);

        // The buyer pays by card in the sandbox.
        var buyer = await app.NewPageAsync();
        await buyer.SignInAsync("money_buyer");
        await buyer.GotoAsync("/market/products/money-street-beat");
        var panel = buyer.GetByTestId("buy-panel");
        await Expect(panel).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(panel.GetByTestId("wallet-balance")).ToContainTextAsync("$0.00 available");
        await panel.GetByTestId("buy-card").ClickAsync();
        await buyer.WaitForAddressAsync(new System.Text.RegularExpressions.Regex("/checkout/pay/"));
        var checkout = buyer.GetByTestId("sandbox-checkout");
        await Expect(checkout).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(buyer.GetByTestId("checkout-amount")).ToHaveTextAsync("$100.00");
        // A buyer who changes their mind goes back to the listing, as a processor's own page offers.
        await Expect(buyer.GetByTestId("checkout-cancel")).ToHaveAttributeAsync("href", "/market/products/money-street-beat");
        var shots = new Screenshots(buyer);
        await shots.TakeAsync("checkout");

        await buyer.Locator("#card-number").FillAsync("4000 0000 0000 0002");
        await buyer.Locator("#card-expiry").FillAsync("12/34");
        await buyer.Locator("#card-cvc").FillAsync("123");
        await buyer.GetByTestId("pay").ClickAsync();
        await Expect(buyer.GetByText("Your card was declined. Try another card.")).ToBeVisibleAsync();
        await Expect(buyer.Locator("#card-number")).ToHaveValueAsync("4000 0000 0000 0002");
        await shots.TakeAsync("checkout-declined");
        await buyer.Locator("#card-number").FillAsync("4242 4242 4242 4242");
        await buyer.GetByTestId("pay").ClickAsync();
        await buyer.WaitForAddressAsync(new System.Text.RegularExpressions.Regex("/library/PA-"));
        await Expect(buyer.GetByTestId("licence")).ToContainTextAsync("Money Street Beat");
        await Expect(buyer.GetByTestId("purchase-thanks")).ToContainTextAsync("Payment received: Money Street Beat is in your library.");

        // Where a hosted checkout sends the buyer back: the payment is confirmed and the product is theirs.
        var transaction = await app.Db.ScalarAsync<Guid>("SELECT id FROM transactions WHERE metadata ->> 'product_title' = 'Money Street Beat'");
        await buyer.GotoAsync($"/checkout/done/{transaction}");
        await Expect(buyer.GetByTestId("checkout-done")).ToContainTextAsync("“Money Street Beat” is yours");

        var mailbox = new DevMailboxPage(buyer);
        await mailbox.OpenAsync();
        await mailbox.OpenEmailAsync("Your receipt for Money Street Beat", "money_buyer@");
        await Expect(buyer.GetByRole(AriaRole.Article, new() { Name = "Email body" })).ToContainTextAsync("$100.00");

        // The seller sees the amount on hold with its release date: $100 by card on basic leaves $56.80.
        var wallet = await app.NewPageAsync();
        await wallet.SignInAsync("money_seller");
        await wallet.GotoAsync("/wallet");
        await Expect(wallet.GetByTestId("wallet")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(wallet.GetByTestId("wallet-pending")).ToHaveTextAsync("$56.80");
        // The figure is drawn in its card (a class name shared with the chart once drew it elsewhere; every text check passed).
        var figure = (await wallet.GetByTestId("wallet-pending").BoundingBoxAsync())!;
        var card = (await wallet.GetByTestId("wallet-pending").Locator("xpath=..").BoundingBoxAsync())!;
        Assert.True(figure.Y >= card.Y && figure.Y + figure.Height <= card.Y + card.Height && figure.X >= card.X,
            $"the pending figure ({figure.X}, {figure.Y}) is outside its card ({card.X}, {card.Y}, {card.Width} × {card.Height})");
        await Expect(wallet.GetByTestId("pending-release")).ToContainTextAsync($"available {DateTimeOffset.UtcNow.AddDays(7):d MMM yyyy}");
        await Expect(wallet.GetByTestId("wallet-row").First).ToContainTextAsync("Money Street Beat");
        // The payments leave as a spreadsheet file: the link downloads it (the circuit's router does not take it for a page).
        var download = await wallet.RunAndWaitForDownloadAsync(() => wallet.GetByTestId("payments-csv").ClickAsync());
        Assert.StartsWith("producers-avenue-payments-", download.SuggestedFilename);
        Assert.Contains(",Sale,Money Street Beat,card,Completed,100.00,", await File.ReadAllTextAsync((await download.PathAsync())!));
        // On a phone each payment is a block of labelled lines that fits the screen; the region stays reachable by keyboard.
        await wallet.SetViewportSizeAsync(390, 844);
        var activity = wallet.GetByTestId("wallet-activity");
        Assert.True(await activity.EvaluateAsync<bool>("t => t.parentElement.scrollWidth <= t.parentElement.clientWidth"),
            "the payments on a phone are wider than their box");
        await Expect(wallet.GetByTestId("wallet-row").First.Locator("td[data-label=Total]")).ToBeVisibleAsync();
        Assert.Empty(await ProducersAvenue.Tests.E2E.Accessibility.Axe.RunRulesAsync(wallet, "scrollable-region-focusable"));
        // On the narrowest phones (WCAG's 320 px reflow) the earnings chart's twelve months fit too: the page does not
        // scroll sideways (the months' labels held each column wider than a twelfth of the card).
        await wallet.SetViewportSizeAsync(320, 700);
        await Expect(wallet.GetByTestId("earnings-chart")).ToBeVisibleAsync();
        Assert.True(await wallet.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 320"), "the wallet is wider than a 320 px phone");
        await wallet.SetViewportSizeAsync(1280, 900);

        // The hold ends: the clearing job's work, run with a clock 8 days on.
        var later = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(8));
        Assert.Equal(1, await app.Db.Services(clock: later).Get<WalletClearing>().ReleaseDueAsync());

        await wallet.ReloadAsync();
        await Expect(wallet.GetByTestId("wallet")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(wallet.GetByTestId("wallet-available")).ToHaveTextAsync("$56.80");
        await wallet.GetByTestId("connect-payouts").ClickAsync();
        await Expect(wallet.GetByTestId("stripe-sandbox-onboarding")).ToHaveAttributeAsync("data-interactive", "true");
        await new Screenshots(wallet).TakeAsync("stripe-sandbox-onboarding");
        await wallet.GetByTestId("finish-onboarding").ClickAsync();
        await wallet.WaitForAddressAsync(new System.Text.RegularExpressions.Regex("/wallet\\?stripe=return"));
        await Expect(wallet.GetByTestId("wallet")).ToHaveAttributeAsync("data-interactive", "true");
        await wallet.Locator("#payout-amount").FillAsync("60");
        await wallet.GetByTestId("request-payout").ClickAsync();
        await Expect(wallet.GetByText("You can withdraw at most your available balance, $56.80.")).ToBeVisibleAsync();
        await wallet.Locator("#payout-amount").FillAsync("50");
        await wallet.GetByTestId("request-payout").ClickAsync();
        await Expect(wallet.GetByTestId("payout").First).ToHaveAttributeAsync("data-status", "pending");
        await Expect(wallet.GetByTestId("wallet-available")).ToHaveTextAsync("$6.80");
        await new ServicePages(wallet).ShootAllAsync(new Screenshots(wallet, "wallet"), "wallet");

        // An admin approves it from the queue.
        var admin = await app.NewPageAsync();
        await admin.SignInAsync("money_admin");
        await admin.GotoAsync("/admin/payouts");
        await Expect(admin.GetByTestId("payout-queue")).ToHaveAttributeAsync("data-interactive", "true");
        var row = admin.GetByTestId("payout-row").Filter(new() { HasText = "@money_seller" });
        await Expect(row).ToContainTextAsync("$50.00");
        await new Screenshots(admin).TakeAsync("payout-queue");
        await row.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Approve and send" }).ClickAsync();
        await Expect(admin.GetByText("No payouts waiting")).ToBeVisibleAsync();

        // The books hold, as the admin's ledger check says.
        await admin.GotoAsync("/admin/ledger");
        await Expect(admin.GetByTestId("ledger-check")).ToHaveAttributeAsync("data-interactive", "true");
        await admin.GetByTestId("run-ledger-check").ClickAsync();
        await Expect(admin.GetByTestId("ledger-check-result")).ToContainTextAsync("Ledger check passed");

        await wallet.ReloadAsync();
        await Expect(wallet.GetByTestId("payout").First).ToHaveAttributeAsync("data-status", "completed");
        Assert.Equal(5000, await app.Db.ScalarAsync<int>("SELECT total_withdrawn FROM wallets WHERE user_id = $1", seller));
    }
}
