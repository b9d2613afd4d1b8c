using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Marketplace;

/// <summary>
/// Whether members hold a product's licences now (refunded ones left out), and whether one of them is an exclusive. An
/// exclusive once sold keeps the listing off sale with its licence, and a product others hold cannot become an exclusive
/// (decision 266): the licence a buyer holds says the seller licenses the work to no one else. The grant functions apply
/// the same rule in the database.
/// </summary>
public readonly record struct ProductHolders(bool Any, bool ExclusiveSold)
{
    /// <summary>Read as the caller: the seller (and admins) read their products' acquisitions (Row Level Security).</summary>
    public static async Task<ProductHolders> OfAsync(AppDbContext db, Guid productId, CancellationToken cancellationToken)
    {
        var held = await db.Database.SqlQuery<int>($"""
            SELECT CASE WHEN bool_or(license_type = 'exclusive') THEN 2 WHEN count(*) > 0 THEN 1 ELSE 0 END AS "Value"
            FROM product_acquisitions WHERE product_id = {productId} AND revoked_at IS NULL
            """).SingleAsync(cancellationToken);
        return new ProductHolders(held > 0, held == 2);
    }

    /// <summary>The licence an edit may give the listing: a sold exclusive keeps its own; a held product cannot become one.</summary>
    public Error? RefusesLicence(LicenseType licence) =>
        ExclusiveSold && licence != LicenseType.Exclusive ? MarketplaceErrors.ExclusiveSoldKeepsItsLicence
        : Any && !ExclusiveSold && licence == LicenseType.Exclusive ? MarketplaceErrors.HeldProductCannotBecomeExclusive
        : null;
}
