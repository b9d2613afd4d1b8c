using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Finance.Checkout;
using ProducersAvenue.Domain.Finance.Payments.Sandbox;
using ProducersAvenue.Domain.Finance.Wallets;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Money;

/// <summary>
/// A PayPal payout method in a real browser (decision 215): a seller with a cleared sale adds a PayPal email on the wallet,
/// opens the verification link mailed to it (read from the outbox by the test host), requests a payout, and an admin
/// approves it — the sandbox PayPal pays it. Screenshots of the payout-method section (desktop and phone, light and dark).
/// </summary>
[Collection(E2ECollection.Name)]
public sealed partial class ASellerIsPaidThroughPaypal(E2EFixture app)
{
    [Fact]
    public async Task A_seller_verifies_a_paypal_email_requests_a_payout_and_an_admin_approves_it()
    {
        var seller = await app.CreateSettledMemberAsync("paypal_e2e_seller");
        var buyer = await app.CreateSettledMemberAsync("paypal_e2e_buyer");
        await app.CreateWithPasswordAsync("paypal_e2e_admin", UserRole.Admin);
        var product = await app.Db.ScalarAsync<Guid>("""
            INSERT INTO products (seller_id, title, slug, price, is_free, status, is_approved, license_type)
            VALUES ($1, 'Paypal Street Kit', 'paypal-street-kit', 100, false, 'active', true, 'commercial') RETURNING id
            """, seller);
        // A sale by the sandbox card, cleared by the clearing job run with a clock 8 days on: $56.80 available.
        await using (var asBuyer = app.Db.Services(CurrentUser.For(buyer)))
        {
            var started = await asBuyer.Get<CheckoutService>().StartAsync(new CheckoutCommand(product, PaymentMethod.Card, null));
            var paid = await asBuyer.Get<SandboxCheckout>().PayAsync(Guid.Parse(started.Value!.RedirectUrl["/checkout/pay/".Length..]), SandboxCards.Success);
            Assert.True(paid.Succeeded, paid.FirstError?.Message);
        }
        await app.Db.Services(clock: new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(8))).Get<WalletClearing>().ReleaseDueAsync();

        var wallet = await app.NewPageAsync();
        await wallet.SignInAsync("paypal_e2e_seller");
        await wallet.GotoAsync("/wallet");
        await Expect(wallet.GetByTestId("wallet")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(wallet.GetByTestId("withdraw-needs-method")).ToBeVisibleAsync();
        var method = wallet.GetByTestId("payout-method");
        await method.Locator("#paypal-email").FillAsync("not an email");
        await method.GetByTestId("add-paypal").ClickAsync();
        await Expect(method.GetByText("Enter the email address of your PayPal account, like name@example.com.")).ToBeVisibleAsync();
        await Expect(method.Locator("#paypal-email")).ToHaveValueAsync("not an email");
        var shots = new Screenshots(wallet, "paypal-payout-method");
        await shots.TakeAsync("paypal-email-refused");
        await method.Locator("#paypal-email").FillAsync("paypal_e2e_seller@paypal.example");
        await method.GetByTestId("add-paypal").ClickAsync();
        await Expect(method.GetByTestId("paypal-status")).ToHaveTextAsync("Waiting for verification");
        await shots.TakeAsync("paypal-email-waiting");

        // The link in the email, as the member's mail client would open it.
        var body = await app.Db.ScalarAsync<string>("SELECT html_body FROM email_outbox WHERE to_address = 'paypal_e2e_seller@paypal.example'");
        var link = System.Net.WebUtility.HtmlDecode(LinkPattern().Match(body!).Groups[1].Value);
        await wallet.GotoAsync(new Uri(link).PathAndQuery);
        await Expect(wallet.GetByTestId("paypal-verify")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(wallet.GetByTestId("paypal-verify")).ToContainTextAsync("Your PayPal email is verified");
        await wallet.GetByTestId("back-to-wallet").ClickAsync();
        await wallet.WaitForAddressAsync(new Regex("/wallet$"));
        await Expect(wallet.GetByTestId("wallet")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(wallet.GetByTestId("paypal-status")).ToHaveTextAsync("Verified");
        foreach (var dark in new[] { false, true })
        {
            await wallet.Context.AddCookiesAsync([new Cookie { Name = "pa-theme", Value = dark ? "dark" : "light", Url = app.BaseAddress.GetLeftPart(UriPartial.Authority) + "/" }]);
            foreach (var width in new[] { 1280, 390 })
            {
                await wallet.SetViewportSizeAsync(width, width < 600 ? 844 : 900);
                await wallet.GotoAsync("/wallet");
                await Expect(wallet.GetByTestId("paypal-status")).ToHaveTextAsync("Verified");
                await shots.TakeAsync($"wallet-{(width < 600 ? "phone" : "desktop")}-{(dark ? "dark" : "light")}");
            }
        }
        await wallet.Context.AddCookiesAsync([new Cookie { Name = "pa-theme", Value = "light", Url = app.BaseAddress.GetLeftPart(UriPartial.Authority) + "/" }]);
        await wallet.SetViewportSizeAsync(1280, 900);
        await wallet.GotoAsync("/wallet");
        await Expect(wallet.GetByTestId("wallet")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(wallet.GetByTestId("paypal-status")).ToHaveTextAsync("Verified");

        await wallet.Locator("#payout-amount").FillAsync("50");
        await wallet.GetByTestId("request-payout").ClickAsync();
        await Expect(wallet.GetByTestId("payout").First).ToHaveAttributeAsync("data-status", "pending");

        var admin = await app.NewPageAsync();
        await admin.SignInAsync("paypal_e2e_admin");
        await admin.GotoAsync("/admin/payouts");
        await Expect(admin.GetByTestId("payout-queue")).ToHaveAttributeAsync("data-interactive", "true");
        var row = admin.GetByTestId("payout-row").Filter(new() { HasText = "@paypal_e2e_seller" });
        await Expect(row).ToContainTextAsync("$50.00");
        await row.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Approve and send" }).ClickAsync();
        await Expect(row).ToHaveCountAsync(0);

        await wallet.ReloadAsync();
        await Expect(wallet.GetByTestId("payout").First).ToHaveAttributeAsync("data-status", "completed");
        Assert.Equal(5000, await app.Db.ScalarAsync<int>("SELECT total_withdrawn_paypal FROM wallets WHERE user_id = $1", seller));
    }

    [GeneratedRegex("href=\"([^\"]+/wallet/paypal/verify\\?token=[^\"]+)\"")]
    private static partial Regex LinkPattern();
}
