using ProducersAvenue.Domain.Finance;

namespace ProducersAvenue.Tests.Unit.Finance;

public sealed class PayoutStatusMovesOnlyAlongTheRules
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    private static Payout NewPayout(PayoutMethod method = PayoutMethod.Stripe) =>
        Payout.Request(Guid.NewGuid(), Guid.NewGuid(), 5000, method, Now).Value!;

    [Fact]
    public void A_payout_is_approved_then_paid()
    {
        var payout = NewPayout();
        var admin = Guid.NewGuid();

        Assert.True(payout.Approve(admin, Now).Succeeded);
        Assert.True(payout.MarkPaid("po_123", Now.AddHours(1)).Succeeded);

        Assert.Equal(PayoutStatus.Completed, payout.Status);
        Assert.Equal(admin, payout.ApprovedBy);
        Assert.Equal("po_123", payout.StripePayoutId);
        Assert.Null(payout.PaypalBatchId);
    }

    [Fact]
    public void Paying_a_payout_no_admin_approved_is_an_illegal_transition()
    {
        var payout = NewPayout();

        var result = payout.MarkPaid("po_123", Now);

        Assert.Equal("finance.payout_illegal_transition", result.FirstError?.Code);
        Assert.Equal("A payout that is pending cannot become completed.", result.FirstError?.Message);
        Assert.Equal(PayoutStatus.Pending, payout.Status);
        Assert.Null(payout.StripePayoutId);
    }

    [Fact]
    public void Only_a_pending_payout_can_be_cancelled_and_a_finished_one_cannot_fail()
    {
        var payout = NewPayout(PayoutMethod.Paypal);
        payout.Approve(Guid.NewGuid(), Now);

        Assert.Equal("finance.payout_illegal_transition", payout.Cancel().FirstError?.Code);
        Assert.True(payout.MarkPaid("batch_9", Now).Succeeded);
        Assert.Equal("batch_9", payout.PaypalBatchId);
        Assert.Equal("finance.payout_illegal_transition", payout.Fail("bounced", Now).FirstError?.Code);
        Assert.Equal(PayoutStatus.Completed, payout.Status);
    }

    [Fact]
    public void A_pending_payout_can_fail_or_be_cancelled()
    {
        var refused = NewPayout();
        Assert.True(refused.Fail("Account closed", Now).Succeeded);
        Assert.Equal(("Account closed", PayoutStatus.Failed), (refused.FailureReason, refused.Status));

        var withdrawn = NewPayout();
        Assert.True(withdrawn.Cancel().Succeeded);
        Assert.Equal(PayoutStatus.Cancelled, withdrawn.Status);
    }

    [Fact]
    public void Less_than_fifty_dollars_is_refused_at_the_amount_field()
    {
        var result = Payout.Request(Guid.NewGuid(), Guid.NewGuid(), 4999, PayoutMethod.Stripe, Now);

        Assert.Equal(("finance.payout_below_minimum", "Amount"), (result.FirstError?.Code, result.FirstError?.Field));
        Assert.Equal("Withdraw at least $50.00.", result.FirstError?.Message);
    }
}
