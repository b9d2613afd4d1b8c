using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Marketplace.Reviews;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Marketplace.Reviews;

/// <summary>Members who got the product or completed an order of the service review it, once; nobody else, not the seller.</summary>
public sealed class OnlyVerifiedBuyersReviewOnce : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _seller;
    private Guid _fan;
    private Guid _stranger;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _seller = await _db.CreateUserAsync("kit_maker");
        _fan = await _db.CreateUserAsync("drum_fan");
        _stranger = await _db.CreateUserAsync("passer_by");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_member_who_got_the_product_reviews_it_once_verified_and_the_seller_is_told()
    {
        var product = await _db.ProductAsync(_seller, "Dusty Drums");
        await _db.GotAsync(_fan, product);
        Assert.Equal(ReviewEligibility.Eligible, (await _db.ReviewReads(_fan).SummaryAsync(ReviewableType.Product, product)).Eligibility);

        var first = await _db.Reviews(_fan).WriteAsync(new WriteReviewCommand(ReviewableType.Product, product, 4, "  Punchy **kicks**  "));
        var second = await _db.Reviews(_fan).WriteAsync(new WriteReviewCommand(ReviewableType.Product, product, 2, "Changed my mind"));

        Assert.True(first.Succeeded, first.FirstError?.Message);
        Assert.Equal(MarketplaceErrors.ReviewAlreadyWritten, second.FirstError);
        Assert.Equal(ReviewEligibility.AlreadyReviewed, (await _db.ReviewReads(_fan).SummaryAsync(ReviewableType.Product, product)).Eligibility);
        Assert.Equal((4, "Punchy **kicks**", true, _seller), (
            await _db.ScalarAsync<int>("SELECT rating FROM reviews WHERE id = $1", first.Value),
            await _db.ScalarAsync<string>("SELECT review_text FROM reviews WHERE id = $1", first.Value),
            await _db.ScalarAsync<bool>("SELECT is_verified_purchase FROM reviews WHERE id = $1", first.Value),
            await _db.ScalarAsync<Guid>("SELECT seller_id FROM reviews WHERE id = $1", first.Value)));
        Assert.Equal(["@drum_fan reviewed “Dusty Drums”"],
            await _db.ListAsync<string>("SELECT title FROM notifications WHERE user_id = $1 AND type = 'review'", _seller));
    }

    [Fact]
    public async Task A_member_without_the_product_or_whose_access_ended_is_refused_and_nothing_is_written()
    {
        var product = await _db.ProductAsync(_seller);
        await _db.GotAsync(_fan, product);
        await _db.ExecuteAsync("UPDATE product_acquisitions SET revoked_at = now() WHERE buyer_id = $1", _fan);

        var stranger = await _db.Reviews(_stranger).WriteAsync(new WriteReviewCommand(ReviewableType.Product, product, 5, null));
        var refunded = await _db.Reviews(_fan).WriteAsync(new WriteReviewCommand(ReviewableType.Product, product, 5, null));
        var visitor = await _db.Reviews(null).WriteAsync(new WriteReviewCommand(ReviewableType.Product, product, 5, null));

        Assert.Equal(MarketplaceErrors.ReviewNotVerified, stranger.FirstError);
        Assert.Equal(MarketplaceErrors.ReviewNotVerified, refunded.FirstError);
        Assert.Equal(Error.SignInRequired, visitor.FirstError);
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM reviews"));
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE type = 'review'"));
    }

    [Fact]
    public async Task A_completed_order_lets_its_buyer_review_the_service_and_an_open_order_does_not()
    {
        var service = await _db.ServiceAsync(_seller);
        await _db.OrderedAsync(_stranger, service, "in_progress");
        await _db.OrderedAsync(_fan, service);

        var open = await _db.Reviews(_stranger).WriteAsync(new WriteReviewCommand(ReviewableType.Service, service, 5, "Fast"));
        var done = await _db.Reviews(_fan).WriteAsync(new WriteReviewCommand(ReviewableType.Service, service, 5, "Fast"));

        Assert.Equal(MarketplaceErrors.ReviewNotVerified, open.FirstError);
        Assert.True(done.Succeeded, done.FirstError?.Message);
    }

    [Fact]
    public async Task Sellers_cannot_review_their_own_listings()
    {
        var product = await _db.ProductAsync(_seller);
        var service = await _db.ServiceAsync(_seller);

        Assert.Equal(MarketplaceErrors.ReviewOwnListing,
            (await _db.Reviews(_seller).WriteAsync(new WriteReviewCommand(ReviewableType.Product, product, 5, "Mine is best"))).FirstError);
        Assert.Equal(MarketplaceErrors.ReviewOwnListing,
            (await _db.Reviews(_seller).WriteAsync(new WriteReviewCommand(ReviewableType.Service, service, 5, "Mine is best"))).FirstError);
        Assert.Equal(ReviewEligibility.OwnListing, (await _db.ReviewReads(_seller).SummaryAsync(ReviewableType.Product, product)).Eligibility);
    }

    [Fact]
    public async Task A_rating_outside_one_to_five_and_an_overlong_text_are_told_at_their_fields()
    {
        var product = await _db.ProductAsync(_seller);
        await _db.GotAsync(_fan, product);

        var result = await _db.Reviews(_fan).WriteAsync(
            new WriteReviewCommand(ReviewableType.Product, product, 0, new string('a', Review.TextMaxLength + 1)));

        Assert.Equal("review.rating_out_of_range", result.Errors.Single(e => e.Field == nameof(WriteReviewCommand.Rating)).Code);
        Assert.Equal("review.text_too_long", result.Errors.Single(e => e.Field == nameof(WriteReviewCommand.Text)).Code);
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM reviews"));
    }

    [Fact]
    public async Task The_database_refuses_a_member_writing_an_unverified_review_around_the_service()
    {
        var product = await _db.ProductAsync(_seller);

        var state = await _db.SqlStateAsAsync(_stranger, $"""
            INSERT INTO reviews (id, reviewer_id, reviewable_type, reviewable_id, seller_id, rating, is_verified_purchase, created_at, updated_at)
            VALUES ({Guid.NewGuid()}, {_stranger}, 'product', {product}, {_seller}, 5, true, now(), now())
            """);
        var ownState = await _db.SqlStateAsAsync(_seller, $"""
            INSERT INTO reviews (id, reviewer_id, reviewable_type, reviewable_id, seller_id, rating, created_at, updated_at)
            VALUES ({Guid.NewGuid()}, {_seller}, 'product', {product}, {_seller}, 5, now(), now())
            """);

        Assert.Equal("42501", state);
        Assert.Equal("42501", ownState);
        Assert.Equal(0L, await _db.ScalarAsync<long>("SELECT count(*) FROM reviews"));
    }
}
