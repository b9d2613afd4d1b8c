using ProducersAvenue.Domain.Marketplace;

namespace ProducersAvenue.Tests.Unit.Marketplace;

public sealed class ListingStatusMovesOnlyAlongTheRules
{
    [Fact]
    public void A_draft_is_published_paused_published_again_and_deleted()
    {
        var product = new Product();

        Assert.True(product.Publish().Succeeded);
        Assert.True(product.Pause().Succeeded);
        Assert.True(product.Publish().Succeeded);
        Assert.True(product.Delete().Succeeded);

        Assert.Equal(ListingStatus.Deleted, product.Status);
    }

    [Fact]
    public void A_draft_cannot_be_paused_and_a_deleted_listing_never_comes_back()
    {
        var product = new Product();
        Assert.Equal("marketplace.listing_illegal_transition", product.Pause().FirstError?.Code);
        Assert.Equal(ListingStatus.Draft, product.Status);

        product.Delete();
        var result = product.Publish();

        Assert.Equal("marketplace.listing_illegal_transition", result.FirstError?.Code);
        Assert.Equal("A listing that is deleted cannot become active.", result.FirstError?.Message);
        Assert.Equal(ListingStatus.Deleted, product.Status);
    }

    [Fact]
    public void A_service_follows_the_same_rule_as_a_product()
    {
        var service = new Service();

        Assert.Equal("marketplace.listing_illegal_transition", service.Pause().FirstError?.Code);
        Assert.True(service.Publish().Succeeded);
        Assert.True(service.Pause().Succeeded);
        Assert.True(service.Delete().Succeeded);
        Assert.Equal("A listing that is deleted cannot become active.", service.Publish().FirstError?.Message);
        Assert.Equal(ListingStatus.Deleted, service.Status);
    }
}
