using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Marketplace;

/// <summary>
/// A banned member's listings are hidden and not for sale, like the rest of their content (decision 156): the one test
/// every listing path asks outside the storefront (whose statements mark such rows to drop). It reads <c>profile_restrictions</c>
/// (decision 126), past the profiles' policy, so it holds for every caller.
/// </summary>
public static class BannedSellers
{
    /// <summary>The banned members, for a query's <c>!db.BannedSellerIds().Contains(listing.SellerId)</c>.</summary>
    public static IQueryable<Guid> BannedSellerIds(this AppDbContext db) =>
        db.ProfileRestrictions.Where(r => r.IsBanned).Select(r => r.UserId);

    public static Task<bool> IsBannedSellerAsync(this AppDbContext db, Guid sellerId, CancellationToken cancellationToken) =>
        db.BannedSellerIds().ContainsAsync(sellerId, cancellationToken);
}
