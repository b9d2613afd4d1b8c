using ProducersAvenue.Domain.Finance;

namespace ProducersAvenue.Tests.Unit.Finance;

/// <summary>The wallet's and the admin's tables write a payment's stored status and processor as words, not as stored.</summary>
public sealed class PaymentsAreWrittenInWords
{
    [Theory]
    [InlineData("pending", "Pending")]
    [InlineData("completed", "Completed")]
    [InlineData("refunded", "Refunded")]
    [InlineData("failed", "Not charged")] // a checkout that closed uncharged
    [InlineData("disputed", "Disputed")]
    [InlineData("on_hold", "on_hold")]
    public void A_status_is_a_word_and_an_unknown_one_is_shown_as_stored(string stored, string shown) =>
        Assert.Equal(shown, PaymentWords.Status(stored));

    [Theory]
    [InlineData("stripe", "Stripe")]
    [InlineData("paypal", "PayPal")]
    [InlineData("wallet", "Wallet")]
    [InlineData("crypto", "crypto")]
    public void A_processor_is_named_as_it_spells_itself(string stored, string shown) =>
        Assert.Equal(shown, PaymentWords.Processor(stored));

    [Theory]
    [InlineData("stripe", "card")]
    [InlineData("paypal", "PayPal")]
    [InlineData("wallet", "wallet")]
    public void A_member_paid_with_a_card_paypal_or_their_wallet(string stored, string shown) =>
        Assert.Equal(shown, PaymentWords.PaidWith(stored));
}
