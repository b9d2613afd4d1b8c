using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Marketplace.Reviews;

/// <summary>The listing's seller responds to a review once, and the reviewer is told; nobody else responds, and the seller does not rewrite the review.</summary>
public sealed class SellersRespondOnce : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _seller;
    private Guid _fan;
    private Guid _other;
    private Guid _review;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _seller = await _db.CreateUserAsync("kit_maker");
        _fan = await _db.CreateUserAsync("drum_fan");
        _other = await _db.CreateUserAsync("other_seller");
        var product = await _db.ProductAsync(_seller);
        await _db.GotAsync(_fan, product);
        _review = await _db.ReviewedAsync(_fan, ReviewableType.Product, product, 3, "Good, a bit quiet");
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task The_seller_responds_once_with_the_time_of_the_response()
    {
        var first = await _db.Reviews(_seller).RespondAsync(_review, "Thanks! A louder version is coming.");
        var second = await _db.Reviews(_seller).RespondAsync(_review, "Update: it is out.");

        Assert.True(first.Succeeded, first.FirstError?.Message);
        Assert.Equal(MarketplaceErrors.ReviewAlreadyAnswered, second.FirstError);
        Assert.Equal("Thanks! A louder version is coming.", await _db.ScalarAsync<string>("SELECT seller_response FROM reviews WHERE id = $1", _review));
        Assert.Equal(new DateTime(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc), // the (fake) clock of the app
            await _db.ScalarAsync<DateTime>("SELECT seller_responded_at FROM reviews WHERE id = $1", _review));
        // The reviewer is told of the answer, once.
        var told = Assert.Single(await _db.ListAsync<string>("SELECT title || ' | ' || message FROM notifications WHERE user_id = $1 AND type = 'review'", _fan));
        Assert.StartsWith("@kit_maker answered your review of “", told);
        Assert.EndsWith("| Thanks! A louder version is coming.", told);
    }

    [Fact]
    public async Task Only_the_listing_seller_responds_and_an_empty_response_is_told_at_its_field()
    {
        Assert.Equal(MarketplaceErrors.ReviewNotTheSeller, (await _db.Reviews(_other).RespondAsync(_review, "Try mine instead")).FirstError);
        Assert.Equal(MarketplaceErrors.ReviewNotTheSeller, (await _db.Reviews(_fan).RespondAsync(_review, "Answering myself")).FirstError);
        Assert.Equal(MarketplaceErrors.ReviewResponseRequired, (await _db.Reviews(_seller).RespondAsync(_review, "   ")).FirstError);
        Assert.Null(await _db.ScalarAsync<string>("SELECT seller_response FROM reviews WHERE id = $1", _review));
    }

    [Fact]
    public async Task Around_the_service_the_reviewer_cannot_respond_and_the_seller_cannot_change_the_stars_or_answer_twice()
    {
        var reviewerResponds = await _db.SqlStateAsAsync(_fan,
            $"UPDATE reviews SET seller_response = 'from me', seller_responded_at = now() WHERE id = {_review}");
        var sellerRates = await _db.SqlStateAsAsync(_seller, $"UPDATE reviews SET rating = 5 WHERE id = {_review}");
        var sellerInflates = await _db.SqlStateAsAsync(_seller, $"UPDATE reviews SET helpful_count = 99 WHERE id = {_review}");
        Assert.True((await _db.Reviews(_seller).RespondAsync(_review, "Thanks")).Succeeded);
        var sellerRewrites = await _db.SqlStateAsAsync(_seller, $"UPDATE reviews SET seller_response = 'Changed' WHERE id = {_review}");

        Assert.All(new[] { reviewerResponds, sellerRates, sellerInflates, sellerRewrites }, state => Assert.Equal("42501", state));
        Assert.Equal((3, "Thanks", 0), (
            await _db.ScalarAsync<int>("SELECT rating FROM reviews WHERE id = $1", _review),
            await _db.ScalarAsync<string>("SELECT seller_response FROM reviews WHERE id = $1", _review),
            await _db.ScalarAsync<int>("SELECT helpful_count FROM reviews WHERE id = $1", _review)));
    }
}
