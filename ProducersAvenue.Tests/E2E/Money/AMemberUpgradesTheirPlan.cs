using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Marketplace;
using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Money;

/// <summary>
/// The pricing page in a real browser: a member on Basic upgrades to Premium, pays in the sandbox and comes back to the
/// page on Premium; then schedules a return to Basic at the period's end and takes it back. Screenshots of the page at
/// desktop and phone widths, light and dark.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class AMemberUpgradesTheirPlan(E2EFixture app)
{
    [Fact]
    public async Task A_member_upgrades_to_premium_pays_in_the_sandbox_and_schedules_a_cancellation_they_take_back()
    {
        await app.CreateSettledMemberAsync("plan_upgrader");
        var page = await app.NewPageAsync();
        await page.SignInAsync("plan_upgrader");
        await page.GotoAsync("/pricing");
        var pricing = page.GetByTestId("pricing");
        await Expect(pricing).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(page.GetByTestId("current-plan")).ToContainTextAsync("You are on Basic");

        await page.Locator("[data-testid=plan][data-tier=premium]").GetByTestId("upgrade").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue to payment" }).ClickAsync();
        await page.WaitForAddressAsync(new System.Text.RegularExpressions.Regex("/checkout/pay/"));
        await Expect(page.GetByTestId("checkout-amount")).ToHaveTextAsync("$19.00");
        await Expect(page.GetByTestId("checkout-fees")).ToHaveTextAsync("No fees on top: you pay the plan's price and nothing more.");
        await Expect(page.GetByTestId("sandbox-checkout")).ToHaveAttributeAsync("data-interactive", "true");
        // Pay pressed too soon: the focus goes to the first field in error, which is read with its message.
        await page.Locator("#card-number").FillAsync("1234");
        await page.GetByTestId("pay").ClickAsync();
        await Expect(page.Locator("#card-number")).ToBeFocusedAsync();
        await Expect(page.Locator("#card-number")).ToHaveAccessibleDescriptionAsync("Enter a card number of 16 digits that passes the card check.");
        await page.Locator("#card-number").FillAsync("4242 4242 4242 4242");
        await page.Locator("#card-expiry").FillAsync("12/34");
        await page.Locator("#card-cvc").FillAsync("123");
        await page.GetByTestId("pay").ClickAsync();

        await page.WaitForAddressAsync(new System.Text.RegularExpressions.Regex("/pricing\\?upgraded=1"));
        await Expect(pricing).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(page.GetByTestId("current-plan")).ToContainTextAsync("You are on Premium (monthly)");
        await Expect(page.Locator("[data-testid=plan][data-tier=premium]")).ToContainTextAsync("Your plan");

        await page.Locator("[data-testid=plan][data-tier=basic]").GetByTestId("switch-later").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        await Expect(page.GetByTestId("current-plan")).ToContainTextAsync("you return to Basic");
        // The chosen plan says so instead of offering the same switch again.
        await Expect(page.Locator("[data-testid=plan][data-tier=basic]").GetByTestId("switch-scheduled")).ToHaveTextAsync("Cancels at period end");
        await new ServicePages(page).ShootAllAsync(new Screenshots(page, "pricing"), "pricing");
        await page.GetByTestId("keep-plan").ClickAsync();
        await Expect(page.GetByTestId("current-plan")).ToContainTextAsync("Renews on");
        await Expect(page.Locator("[data-testid=plan][data-tier=basic]").GetByTestId("switch-later")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_partner_still_paying_for_a_plan_is_told_so_and_cancels_it()
    {
        var id = await app.CreateSettledMemberAsync("plan_partner");
        await app.Db.ScalarAsync<object>("""
            UPDATE subscriptions SET tier = 'premium', interval = 'monthly', status = 'active',
                   current_period_start = now() - interval '5 days', current_period_end = now() + interval '25 days'
            WHERE user_id = $1
            """, id);
        await app.Db.ScalarAsync<object>("UPDATE user_profiles SET is_partner_account = true WHERE user_id = $1", id);
        var page = await app.NewPageAsync();
        await page.SignInAsync("plan_partner");
        await page.GotoAsync("/pricing");
        await Expect(page.GetByTestId("pricing")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(page.GetByTestId("current-plan")).ToContainTextAsync("You also pay for Premium (monthly)");

        await page.GetByTestId("partner-cancel-plan").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();

        await Expect(page.GetByTestId("current-plan")).ToContainTextAsync("Your paid Premium plan ends on");
        await Expect(page.GetByTestId("partner-cancel-plan")).ToHaveCountAsync(0);
        Assert.Equal("basic", await app.Db.ScalarAsync<string>("SELECT scheduled_tier FROM subscriptions WHERE user_id = $1", id));
    }
}
