using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Finance.Payments.Sandbox;

namespace ProducersAvenue.Tests.Unit.Finance;

/// <summary>
/// The sandbox knows Stripe's test cards and checks the rest of the card form as a payment page does (it took an empty
/// expiry and CVC); a typed amount is whole cents or nothing.
/// </summary>
public sealed class SandboxCardsAndTypedAmounts
{
    [Theory]
    [InlineData("4242 4242 4242 4242", SandboxCardBehaviour.Succeeds)]
    [InlineData("4242-4242-4242-4242", SandboxCardBehaviour.Succeeds)]
    [InlineData("4000000000000002", SandboxCardBehaviour.Declined)]
    [InlineData("4000 0000 0000 0259", SandboxCardBehaviour.SucceedsThenDisputed)]
    [InlineData("5555 5555 5555 4444", SandboxCardBehaviour.Unknown)]
    [InlineData("4242 4242 4242 4241", SandboxCardBehaviour.Invalid)]
    [InlineData("4242", SandboxCardBehaviour.Invalid)]
    [InlineData("４２４２４２４２４２４２４２４２", SandboxCardBehaviour.Invalid)]
    [InlineData("", SandboxCardBehaviour.Invalid)]
    [InlineData(null, SandboxCardBehaviour.Invalid)]
    public void Test_cards_behave_as_in_stripes_test_mode(string? typed, SandboxCardBehaviour expected) =>
        Assert.Equal(expected, SandboxCards.Classify(typed));

    [Theory]
    [InlineData("4242 4242 4242 4242", "12/34", "123", "")]
    [InlineData("4242424242424242", " 11 / 26 ", "1234", "")] // good through the last day of its month (now is 30 November 2026)
    [InlineData("4000 0000 0000 0002", "12/34", "123", "")] // a declined card is the processor's answer, not the form's
    [InlineData("4242424242424242", "1234", "123", "")] // the slash left out, as card forms allow
    [InlineData("4242424242424242", "1026", "123", "finance.card_expired")]
    [InlineData("4242424242424242", "134", "123", "finance.card_expiry_invalid")]
    [InlineData("4242424242424242", "10/26", "123", "finance.card_expired")]
    [InlineData("", "", "", "finance.card_number_invalid finance.card_expiry_invalid finance.card_cvc_invalid")] // the number said nothing
    [InlineData(null, null, null, "finance.card_number_invalid finance.card_expiry_invalid finance.card_cvc_invalid")]
    [InlineData("4242 4242 4242 4241", "12/34", "123", "finance.card_number_invalid")]
    [InlineData("4242424242424242", "13/30", "12", "finance.card_expiry_invalid finance.card_cvc_invalid")]
    [InlineData("4242424242424242", "1/30", "12a", "finance.card_expiry_invalid finance.card_cvc_invalid")]
    [InlineData("4242424242424242", "١٢/٣٤", "١٢٣", "finance.card_expiry_invalid finance.card_cvc_invalid")]
    public void The_card_number_expiry_and_security_code_are_checked_together_before_a_charge(string? card, string? expiry, string? cvc, string errors) =>
        Assert.Equal(errors, string.Join(' ', SandboxCards.CheckDetails(card, expiry, cvc, new DateTimeOffset(2026, 11, 30, 23, 0, 0, TimeSpan.Zero))
            .Errors.Select(e => e.Code)));

    [Theory]
    [InlineData("12", 1200L)]
    [InlineData("12.5", 1250L)]
    [InlineData("$1,250.00", 125000L)]
    [InlineData(" 0.99 ", 99L)]
    [InlineData("$ 5.50", 550L)]
    [InlineData("12,345,678.9", 1234567890L)]
    [InlineData(".5", 50L)]
    [InlineData("7.", 700L)]
    public void Whole_cents_are_read(string typed, long cents)
    {
        Assert.True(Money.TryParseCents(typed, out var read));
        Assert.Equal(cents, read);
    }

    [Theory]
    [InlineData("12.345")]
    [InlineData("-5")]
    [InlineData("1e3")]
    [InlineData("twelve")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("5,50")] // a decimal comma: not 550 dollars
    [InlineData("1,5")]
    [InlineData("1,2345")]
    [InlineData(",500")]
    [InlineData("٥")] // an Arabic-Indic five
    [InlineData("7.5.0")]
    [InlineData("$")]
    [InlineData("1 000")]
    public void Anything_else_is_refused(string? typed) => Assert.False(Money.TryParseCents(typed, out _));

    [Theory]
    [InlineData(0L, "$0.00")]
    [InlineData(1111L, "$11.11")]
    [InlineData(123456789L, "$1,234,567.89")]
    [InlineData(-500L, "−$5.00")]
    public void Cents_read_as_dollars(long cents, string text) => Assert.Equal(text, Money.Format(cents));
}
