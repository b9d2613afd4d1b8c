using ProducersAvenue.Domain.Finance.Refunds;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Tests.Integration.Finance;
using ProducersAvenue.Tests.Integration.Orders;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Marketplace.Reviews;

/// <summary>
/// Decision 268: "Verified purchase" holds while the reviewer's payment does. A refund of the product they reviewed, or of
/// the only completed order of the service, takes the mark off; the review stays.
/// </summary>
public sealed class ARefundedBuyersReviewIsNotVerified : OrderWorldTest
{
    private Task<bool> VerifiedAsync(Guid review) => Db.ScalarAsync<bool>("SELECT is_verified_purchase FROM reviews WHERE id = $1", review);

    private Task<Guid> PaymentOfAsync(Guid related) =>
        Db.ScalarAsync<Guid>("SELECT id FROM transactions WHERE related_id = $1 AND status = 'completed'", related);

    private async Task RefundAsync(Guid related) =>
        OrderWorld.Must(await World.As(World.Admin).Get<RefundService>().RefundAsync(await PaymentOfAsync(related)));

    [Fact]
    public async Task A_refunded_product_sale_takes_the_verified_mark_off_its_buyers_review()
    {
        var money = new MoneyWorld(Db);
        var product = await money.ProductAsync(World.Seller, "Refund Me Beat", 19.99m);
        var other = await money.ProductAsync(World.Seller, "Keep Me Beat", 9.99m);
        await money.BuyByCardAsync(World.Buyer, product);
        await money.BuyByCardAsync(World.Buyer, other);
        var review = await Db.ReviewedAsync(World.Buyer, ReviewableType.Product, product);
        var kept = await Db.ReviewedAsync(World.Buyer, ReviewableType.Product, other);

        await RefundAsync(product);

        Assert.False(await VerifiedAsync(review));
        Assert.True(await VerifiedAsync(kept));
        Assert.Equal(1L, await Db.ScalarAsync<long>("SELECT count(*) FROM reviews WHERE id = $1", review)); // the review stays
    }

    [Fact]
    public async Task A_service_review_stays_verified_while_another_completed_order_stands()
    {
        var first = await World.DeliveredAsync();
        OrderWorld.Must(await World.Orders(World.Buyer).AcceptAsync(first));
        var second = await World.DeliveredAsync();
        OrderWorld.Must(await World.Orders(World.Buyer).AcceptAsync(second));
        var review = await Db.ReviewedAsync(World.Buyer, ReviewableType.Service, World.Service);

        await RefundAsync(first);
        var afterOne = await VerifiedAsync(review);
        await RefundAsync(second);

        Assert.True(afterOne);
        Assert.False(await VerifiedAsync(review));
    }
}
