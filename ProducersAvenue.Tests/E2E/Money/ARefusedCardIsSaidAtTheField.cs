using Microsoft.Playwright;
using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Tests.E2E.Social;
using ProducersAvenue.Tests.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Money;

/// <summary>
/// The checkout's card form with the keyboard: every refused attempt takes the focus to the field at fault, where its
/// message is read — also when that field was already wrong before the attempt, and when the form is sent with Enter from
/// another field (the focus used to stay on Pay, or in CVC, and nothing was read).
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class ARefusedCardIsSaidAtTheField(E2EFixture app)
{
    [Fact]
    public async Task Each_refusal_focuses_the_field_at_fault_whether_pay_was_pressed_or_enter_was_typed_in_another_field()
    {
        await app.CreateSettledMemberAsync("card_keyboard");
        var page = await app.NewPageAsync();
        await page.SignInAsync("card_keyboard");
        await page.GotoAsync("/pricing");
        await Expect(page.GetByTestId("pricing")).ToHaveAttributeAsync("data-interactive", "true");
        await page.Locator("[data-testid=plan][data-tier=premium]").GetByTestId("upgrade").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue to payment" }).ClickAsync();
        await page.WaitForAddressAsync(new System.Text.RegularExpressions.Regex("/checkout/pay/"));
        await Expect(page.GetByTestId("sandbox-checkout")).ToHaveAttributeAsync("data-interactive", "true");
        var card = page.Locator("#card-number");
        var expiry = page.Locator("#card-expiry");
        var cvc = page.Locator("#card-cvc");

        await card.FillAsync("4242 4242 4242 4242");
        await expiry.FillAsync("01/20");
        await cvc.FillAsync("123");
        await page.GetByTestId("pay").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(expiry).ToBeFocusedAsync();
        await Expect(expiry).ToHaveAccessibleDescriptionAsync(FinanceErrors.CardExpired.Message);

        // The same field wrong again, for another reason: still taken there.
        await expiry.FillAsync("13/30");
        await page.GetByTestId("pay").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(expiry).ToHaveAccessibleDescriptionAsync(FinanceErrors.CardExpiryInvalid.Message);
        await Expect(expiry).ToBeFocusedAsync();

        // Enter in CVC with a card the bank declines: the focus leaves CVC for the card number.
        await expiry.FillAsync("12/34");
        await card.FillAsync("4000 0000 0000 0002");
        await cvc.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(card).ToHaveAccessibleDescriptionAsync(FinanceErrors.CardDeclined.Message);
        await Expect(card).ToBeFocusedAsync();
    }
}
