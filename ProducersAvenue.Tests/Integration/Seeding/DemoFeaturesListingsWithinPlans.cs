using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Marketplace.Featuring;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Seeding;

/// <summary>
/// The demo opens the market on a featured shelf of products and services (decision 175), featured through the real
/// service by sellers whose plans allow it: none past their plan's limit, one at it, and others with room left.
/// </summary>
[Collection(SeededDemoCollection.Name)]
public sealed class DemoFeaturesListingsWithinPlans(SeededDemo demo)
{
    private readonly TestDb _db = demo.Db;

    [Fact]
    public async Task The_shelf_has_products_and_services_and_every_seller_is_within_their_plan()
    {
        var shelf = await _db.Services().Get<StorefrontQueries>().FeaturedAsync();
        Assert.True(shelf.Count >= 4, $"{shelf.Count} featured listings");
        Assert.Contains(shelf, l => l.IsService);
        Assert.Contains(shelf, l => !l.IsService);

        var sellers = await _db.ListAsync<Guid>("""
            SELECT seller_id FROM products WHERE is_featured UNION SELECT seller_id FROM services WHERE is_featured
            """);
        var allowances = new List<FeaturedAllowance>();
        foreach (var seller in sellers)
        {
            allowances.Add((await _db.Services(CurrentUser.For(seller)).Get<FeaturedListings>().MyAllowanceAsync())!);
        }
        Assert.All(allowances, a => Assert.InRange(a.Featured, 1, a.Limit));
        Assert.Contains(allowances, a => a.AtLimit);
        Assert.Contains(allowances, a => !a.AtLimit);
    }
}
