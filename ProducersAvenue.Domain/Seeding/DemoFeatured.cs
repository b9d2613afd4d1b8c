using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Marketplace.Featuring;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Profiles;

namespace ProducersAvenue.Domain.Seeding;

/// <summary>
/// The demo's featured shelf (decision 175): every seller whose plan features listings (a paid plan or a partner account)
/// features some of their products and services through <see cref="FeaturedListings"/> — one fewer than the plan allows,
/// at least one — so the market opens on a shelf, and a seller's <c>/sell</c> reads "2 of 3 featured" with room for one more
/// while a Standard seller is at their limit. Runs after <see cref="DemoMoney"/>, which puts the sellers on their plans.
/// </summary>
public static class DemoFeatured
{
    public static async Task SeedAsync(DemoStage stage, AppDbContext owner, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var sellers = await owner.Subscriptions.AsNoTracking().Where(s => s.Tier != SubscriptionTier.Basic).Select(s => s.UserId)
            .Union(owner.UserProfiles.AsNoTracking().Where(p => p.IsPartnerAccount).Select(p => p.UserId))
            .ToListAsync(cancellationToken);
        foreach (var seller in sellers.Order())
        {
            var products = await owner.Products.AsNoTracking()
                .Where(p => p.SellerId == seller && p.Status == ListingStatus.Active && p.IsApproved)
                .OrderByDescending(p => p.RatingAverage).ThenBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);
            var services = await owner.Services.AsNoTracking()
                .Where(s => s.SellerId == seller && s.Status == ListingStatus.Active)
                .OrderByDescending(s => s.RatingAverage).ThenBy(s => s.Id).Select(s => s.Id).ToListAsync(cancellationToken);
            await stage.AsAsync(seller, UserRole.Member, now.AddDays(-1), async sp =>
            {
                var featured = sp.GetRequiredService<FeaturedListings>();
                if (await featured.MyAllowanceAsync(cancellationToken) is not { Limit: > 0 } allowance) return 0;
                var picks = Alternate(products, services).Take(Math.Max(1, allowance.Limit - 1)).ToList();
                foreach (var (kind, id) in picks) await featured.FeatureAsync(kind, id, cancellationToken);
                return picks.Count;
            });
        }
    }

    /// <summary>A product, a service, a product…: the shelf shows both kinds.</summary>
    private static IEnumerable<(ListingKind Kind, Guid Id)> Alternate(List<Guid> products, List<Guid> services)
    {
        for (var i = 0; i < Math.Max(products.Count, services.Count); i++)
        {
            if (i < products.Count) yield return (ListingKind.Product, products[i]);
            if (i < services.Count) yield return (ListingKind.Service, services[i]);
        }
    }
}
