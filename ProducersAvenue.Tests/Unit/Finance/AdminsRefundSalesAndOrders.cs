using ProducersAvenue.Domain.Finance.Transactions;

namespace ProducersAvenue.Tests.Unit.Finance;

/// <summary>
/// The admins' list offers Refund on what the refund path takes back (decision 193): a completed or disputed sale of a
/// product or a service order — not plans, payouts, or what already moved on.
/// </summary>
public sealed class AdminsRefundSalesAndOrders
{
    private static AdminTransactionRow Row(string type, string status) =>
        new(Guid.NewGuid(), DateTimeOffset.UnixEpoch, type, status, "stripe", "Mix and master", "buyer", "seller", 5000, 175, 500, 4325);

    [Theory]
    [InlineData("product_purchase", "completed", true)]
    [InlineData("product_purchase", "disputed", false)]
    [InlineData("service_purchase", "completed", true)]
    [InlineData("service_purchase", "disputed", false)]
    [InlineData("service_purchase", "refunded", false)]
    [InlineData("product_purchase", "pending", false)]
    [InlineData("subscription_payment", "completed", false)]
    [InlineData("payout", "completed", false)]
    [InlineData("not_a_type", "completed", false)]
    public void Refund_is_offered_for_completed_sales_of_products_and_orders_and_not_while_the_bank_disputes_one(string type, string status, bool offered) =>
        Assert.Equal(offered, Row(type, status).IsRefundable);

    [Fact]
    public void An_order_payment_is_told_apart_from_a_product_sale() =>
        Assert.Equal((true, false), (Row("service_purchase", "completed").IsOrder, Row("product_purchase", "completed").IsOrder));
}
