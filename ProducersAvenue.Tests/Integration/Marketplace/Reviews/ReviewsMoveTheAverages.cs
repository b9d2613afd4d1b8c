using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Marketplace.Reviews;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Marketplace.Reviews;

/// <summary>Writing, editing and deleting reviews moves the listing's count, average and star bars (the existing triggers).</summary>
public sealed class ReviewsMoveTheAverages : IAsyncLifetime
{
    private TestDb _db = null!;
    private Guid _seller;
    private readonly List<Guid> _fans = [];

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _seller = await _db.CreateUserAsync("kit_maker");
        for (var i = 0; i < 3; i++) _fans.Add(await _db.CreateUserAsync($"fan_{i}"));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_product_average_and_count_follow_reviews_written_edited_and_deleted()
    {
        var product = await _db.ProductAsync(_seller);
        foreach (var fan in _fans) await _db.GotAsync(fan, product);
        await _db.ReviewedAsync(_fans[0], ReviewableType.Product, product, 5);
        var second = await _db.ReviewedAsync(_fans[1], ReviewableType.Product, product, 4);
        var third = await _db.ReviewedAsync(_fans[2], ReviewableType.Product, product, 2);

        var summary = await _db.ReviewReads(null).SummaryAsync(ReviewableType.Product, product);
        Assert.Equal((3, 3.67m), (summary.Count, summary.Average));
        Assert.Equal([0, 1, 0, 1, 1], summary.Stars);

        Assert.True((await _db.Reviews(_fans[2]).EditAsync(third, 5, "Better after the update")).Succeeded);
        Assert.True((await _db.Reviews(_fans[1]).DeleteAsync(second)).Succeeded);
        Assert.Equal(MarketplaceErrors.ReviewNotYours, (await _db.Reviews(_fans[0]).DeleteAsync(third)).FirstError);

        Assert.Equal((2, 5.00m), (
            await _db.ScalarAsync<int>("SELECT reviews_count FROM products WHERE id = $1", product),
            await _db.ScalarAsync<decimal>("SELECT rating_average FROM products WHERE id = $1", product)));
    }

    [Fact]
    public async Task A_service_average_and_count_follow_its_reviews()
    {
        var service = await _db.ServiceAsync(_seller);
        await _db.OrderedAsync(_fans[0], service);
        await _db.OrderedAsync(_fans[1], service);
        await _db.ReviewedAsync(_fans[0], ReviewableType.Service, service, 5);
        await _db.ReviewedAsync(_fans[1], ReviewableType.Service, service, 2);

        Assert.Equal((2, 3.50m), (
            await _db.ScalarAsync<int>("SELECT reviews_count FROM services WHERE id = $1", service),
            await _db.ScalarAsync<decimal>("SELECT rating_average FROM services WHERE id = $1", service)));
    }

    [Fact]
    public async Task The_list_pages_newest_or_most_helpful_first_and_leaves_out_banned_reviewers()
    {
        var product = await _db.ProductAsync(_seller);
        var reviews = new List<Guid>();
        foreach (var fan in _fans)
        {
            await _db.GotAsync(fan, product);
            reviews.Add(await _db.ReviewedAsync(fan, ReviewableType.Product, product, 4, $"by {fan}"));
        }
        await _db.Reviews(_fans[0]).ToggleHelpfulAsync(reviews[1]);
        await _db.ExecuteAsync("UPDATE user_profiles SET is_banned = true WHERE user_id = $1", _fans[2]);

        var newest = await _db.ReviewReads(null).ListAsync(ReviewableType.Product, product);
        var helpful = await _db.ReviewReads(_seller).ListAsync(ReviewableType.Product, product, ReviewSort.MostHelpful);

        Assert.Equal([reviews[1], reviews[0]], newest.Items.Select(r => r.Id));
        Assert.Equal([reviews[1], reviews[0]], helpful.Items.Select(r => r.Id));
        Assert.All(helpful.Items, r => Assert.True(r.CanRespond));
        Assert.Equal(["fan_1", "fan_0"], newest.Items.Select(r => r.ReviewerUsername));
        Assert.Null(newest.NextCursor);
    }

    [Fact]
    public async Task More_reviews_than_a_page_come_in_pages_without_repeats()
    {
        var product = await _db.ProductAsync(_seller);
        for (var i = 0; i < ReviewQueries.PageSize + 2; i++)
        {
            var fan = await _db.CreateUserAsync($"pager_{i}");
            await _db.GotAsync(fan, product);
            await _db.ReviewedAsync(fan, ReviewableType.Product, product, 1 + i % 5);
        }

        foreach (var sort in new[] { ReviewSort.Newest, ReviewSort.MostHelpful })
        {
            var first = await _db.ReviewReads(null).ListAsync(ReviewableType.Product, product, sort);
            var second = await _db.ReviewReads(null).ListAsync(ReviewableType.Product, product, sort, first.NextCursor);
            Assert.Equal(ReviewQueries.PageSize, first.Items.Count);
            Assert.Equal(2, second.Items.Count);
            Assert.Empty(first.Items.Select(r => r.Id).Intersect(second.Items.Select(r => r.Id)));
            Assert.Null(second.NextCursor);

            // A list reopened two pages long (a "Show more" followed as a link) is the two pages in one read, and a
            // longer one than there are reviews ends without a cursor.
            var both = await _db.ReviewReads(null).ListAsync(ReviewableType.Product, product, sort, pages: 2);
            Assert.Equal(first.Items.Concat(second.Items).Select(r => r.Id), both.Items.Select(r => r.Id));
            Assert.Null(both.NextCursor);
            var one = await _db.ReviewReads(null).ListAsync(ReviewableType.Product, product, sort, pages: 1);
            Assert.Equal(first.NextCursor, one.NextCursor);
        }
    }
}
