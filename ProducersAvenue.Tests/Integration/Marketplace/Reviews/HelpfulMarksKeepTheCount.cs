using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Marketplace.Reviews;

/// <summary>One "helpful" per member per review, a toggle, never on one's own review or a review of one's own listing; reviews.helpful_count follows by trigger.</summary>
public sealed class HelpfulMarksKeepTheCount : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _fan;
    private Guid _reader;
    private Guid _another;
    private Guid _review;
    private Guid _seller;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        var seller = _seller = await _db.CreateUserAsync("kit_maker");
        _fan = await _db.CreateUserAsync("drum_fan");
        _reader = await _db.CreateUserAsync("careful_reader");
        _another = await _db.CreateUserAsync("another_reader");
        var product = await _db.ProductAsync(seller);
        await _db.GotAsync(_fan, product);
        _review = await _db.ReviewedAsync(_fan, ReviewableType.Product, product);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<int> CountAsync() => _db.ScalarAsync<int>("SELECT helpful_count FROM reviews WHERE id = $1", _review);

    [Fact]
    public async Task Marking_toggles_and_the_count_follows_the_marks()
    {
        var marked = await _db.Reviews(_reader).ToggleHelpfulAsync(_review);
        await _db.Reviews(_another).ToggleHelpfulAsync(_review);
        Assert.True(marked.Value);
        Assert.Equal(2, await CountAsync());
        Assert.True((await _db.ReviewReads(_reader).ListAsync(ReviewableType.Product, (await _db.ScalarAsync<Guid>(
            "SELECT reviewable_id FROM reviews WHERE id = $1", _review)))).Items.Single().MarkedHelpful);

        var unmarked = await _db.Reviews(_reader).ToggleHelpfulAsync(_review);

        Assert.False(unmarked.Value);
        Assert.Equal(1, await CountAsync());
        Assert.Equal(1L, await _db.ScalarAsync<long>("SELECT count(*) FROM review_helpful_marks WHERE review_id = $1", _review));
    }

    [Fact]
    public async Task A_reviewer_cannot_mark_their_own_review_through_the_service_or_around_it()
    {
        var result = await _db.Reviews(_fan).ToggleHelpfulAsync(_review);
        var state = await _db.SqlStateAsAsync(_fan, $"INSERT INTO review_helpful_marks (review_id, user_id) VALUES ({_review}, {_fan})");
        var forOther = await _db.SqlStateAsAsync(_reader, $"INSERT INTO review_helpful_marks (review_id, user_id) VALUES ({_review}, {_another})");

        Assert.Equal(MarketplaceErrors.ReviewOwnHelpful, result.FirstError);
        Assert.Equal("42501", state);
        Assert.Equal("42501", forOther);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task A_seller_cannot_mark_a_review_of_their_own_listing_through_the_service_or_around_it()
    {
        var result = await _db.Reviews(_seller).ToggleHelpfulAsync(_review);
        var state = await _db.SqlStateAsAsync(_seller, $"INSERT INTO review_helpful_marks (review_id, user_id) VALUES ({_review}, {_seller})");

        Assert.Equal(MarketplaceErrors.ReviewOwnListingHelpful, result.FirstError);
        Assert.Equal("42501", state);
        Assert.Equal(0, await CountAsync());
    }
}
