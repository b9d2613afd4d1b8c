using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Finance.Payouts.Connect;
using ProducersAvenue.Domain.Finance.Payouts.Paypal;

namespace ProducersAvenue.Tests.Unit.Finance;

/// <summary>
/// How a processor's words become our payout and account states (decisions 215, 216): PayPal's item statuses end a payout
/// as paid, failed or still in flight; a Connect account's flags become enabled, pending or disabled ("restricted").
/// </summary>
public sealed class PayoutProcessorAnswersMapOneWay
{
    [Theory]
    [InlineData("SUCCESS", PaypalBatchOutcome.Paid)]
    [InlineData("success", PaypalBatchOutcome.Paid)]
    [InlineData("FAILED", PaypalBatchOutcome.Failed)]
    [InlineData("RETURNED", PaypalBatchOutcome.Failed)]
    [InlineData("BLOCKED", PaypalBatchOutcome.Failed)]
    [InlineData("DENIED", PaypalBatchOutcome.Failed)]
    [InlineData("REVERSED", PaypalBatchOutcome.Failed)]
    [InlineData("PENDING", PaypalBatchOutcome.InFlight)]
    [InlineData("UNCLAIMED", PaypalBatchOutcome.InFlight)]
    [InlineData("ONHOLD", PaypalBatchOutcome.InFlight)]
    public void A_paypal_status_word_ends_a_payout_only_when_paypal_is_done_with_it(string status, PaypalBatchOutcome outcome) =>
        Assert.Equal(outcome, new PaypalBatch("BATCH", status).Outcome);

    [Theory]
    [InlineData(true, true, null, 0, StripeAccountStatus.Enabled)]
    [InlineData(false, false, null, 0, StripeAccountStatus.Pending)]
    [InlineData(true, false, null, 0, StripeAccountStatus.Pending)]
    [InlineData(true, true, "requirements.past_due", 0, StripeAccountStatus.Disabled)]
    [InlineData(true, true, null, 2, StripeAccountStatus.Disabled)]
    [InlineData(false, false, "rejected.fraud", 0, StripeAccountStatus.Disabled)]
    public void A_connect_accounts_flags_read_as_one_status(bool charges, bool payouts, string? disabledReason, int pastDue, StripeAccountStatus status) =>
        Assert.Equal(status, StripeAccountStates.From(charges, payouts, disabledReason, pastDue));

    [Theory]
    [InlineData(" Name@Example.COM ", "name@example.com")]
    [InlineData("a.b+payouts@mail.example.org", "a.b+payouts@mail.example.org")]
    [InlineData("name@localhost", null)]
    [InlineData("Name <name@example.com>", null)]
    [InlineData("two@example.com, three@example.com", null)]
    [InlineData("", null)]
    [InlineData("😀@example.test", null)] // the account forms' shape (EmailShape): an emoji is no letter
    [InlineData("a@[127.0.0.1]", null)]
    [InlineData("josé@música.example", "josé@música.example")]
    public void A_paypal_email_is_one_plain_address_kept_lower_case(string typed, string? kept) =>
        Assert.Equal(kept, PaypalPayoutMethod.Normalize(typed));
}
