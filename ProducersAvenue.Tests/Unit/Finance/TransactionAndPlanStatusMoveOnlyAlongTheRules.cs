using ProducersAvenue.Domain.Finance;

namespace ProducersAvenue.Tests.Unit.Finance;

public sealed class TransactionAndPlanStatusMoveOnlyAlongTheRules
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    private static FinancialTransaction Sale() => FinancialTransaction.Start(Guid.NewGuid(), Guid.NewGuid(), TransactionType.ProductPurchase,
        Guid.NewGuid(), 2000, 88, 600, 30m, SubscriptionTier.Standard, PaymentProcessor.Stripe, PaymentMethod.Card).Value!;

    [Fact]
    public void A_sale_keeps_seller_equal_to_total_less_fees_and_commission()
    {
        Assert.Equal(1312, Sale().AmountSeller);
        var negative = FinancialTransaction.Start(Guid.NewGuid(), Guid.NewGuid(), TransactionType.ProductPurchase, null, 100, 59, 50, 40m,
            SubscriptionTier.Basic, PaymentProcessor.Stripe, PaymentMethod.Card);
        Assert.Equal("finance.transaction_unbalanced", negative.FirstError?.Code);
    }

    [Fact]
    public void A_completed_sale_can_be_disputed_and_lost_as_a_refund()
    {
        var sale = Sale();

        Assert.True(sale.Complete(Now).Succeeded);
        Assert.True(sale.Dispute().Succeeded);
        Assert.True(sale.Refund(Now.AddDays(9)).Succeeded);

        Assert.Equal(TransactionStatus.Refunded, sale.Status);
        Assert.Equal(Now.AddDays(9), sale.RefundedAt);
    }

    [Fact]
    public void A_pending_payment_cannot_be_refunded_and_a_failed_one_never_completes()
    {
        var sale = Sale();
        Assert.Equal("finance.transaction_illegal_transition", sale.Refund(Now).FirstError?.Code);
        Assert.True(sale.Fail().Succeeded);
        Assert.Equal("finance.transaction_illegal_transition", sale.Complete(Now).FirstError?.Code);
        Assert.Equal(TransactionStatus.Failed, sale.Status);
        Assert.Null(sale.CompletedAt);
    }

    [Fact]
    public void A_won_dispute_stands_completed()
    {
        var sale = Sale();
        sale.Complete(Now);
        sale.Dispute();

        Assert.True(sale.WinDispute().Succeeded);
        Assert.Equal(TransactionStatus.Completed, sale.Status);
        Assert.Equal("finance.transaction_illegal_transition", sale.WinDispute().FirstError?.Code);
    }
}
