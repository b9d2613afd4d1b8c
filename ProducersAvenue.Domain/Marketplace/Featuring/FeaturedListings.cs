using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Marketplace.Featuring;

/// <summary>
/// Featuring listings (decision 175): a seller features their own products and services on sale, up to their plan's
/// limit (<see cref="FeaturedOptions"/>, products and services together); listings featured before a downgrade stay
/// featured until the seller unfeatures them, and nothing new is featured while at or over the limit. Admins feature and
/// unfeature any listing. The database decides, in the command's transaction: <c>app_feature_listing</c> locks the
/// seller's row, counts and writes, and the guards refuse <c>is_featured</c> written any other way.
/// </summary>
public sealed class FeaturedListings(UnitOfWork units, IDbContextFactory<AppDbContext> contexts, ICurrentUser user,
    IOptions<FeaturedOptions> options, TimeProvider clock, IPublicPageCache pages)
{
    /// <summary>
    /// Raised after a listing of this circuit's member was featured or unfeatured, or left the list some other way
    /// (<see cref="ListingsChanged"/>), so every button and the allowance recount.
    /// </summary>
    public event Action? Changed;

    /// <summary>A listing of this circuit's member was deleted, paused or published: the featured counts may have moved.</summary>
    public void ListingsChanged() => Changed?.Invoke();

    public Task<Result> FeatureAsync(ListingKind kind, Guid listingId, CancellationToken cancellationToken = default) =>
        SetAsync(kind, listingId, true, cancellationToken);

    public Task<Result> UnfeatureAsync(ListingKind kind, Guid listingId, CancellationToken cancellationToken = default) =>
        SetAsync(kind, listingId, false, cancellationToken);

    /// <summary>The signed-in seller's allowance; null when signed out.</summary>
    public async Task<FeaturedAllowance?> MyAllowanceAsync(CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await AllowanceOfAsync(db, me, cancellationToken);
    }

    /// <summary>The button's state for the viewer; null when the viewer may not feature this listing (not theirs, not an admin).</summary>
    public async Task<FeatureState?> StateAsync(ListingKind kind, Guid listingId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = kind == ListingKind.Product
            ? await db.Products.AsNoTracking().Where(p => p.Id == listingId && p.Status != ListingStatus.Deleted)
                .Select(p => new { p.SellerId, p.IsFeatured, Listed = p.Status == ListingStatus.Active && p.IsApproved, Exclusive = p.LicenseType == LicenseType.Exclusive })
                .FirstOrDefaultAsync(cancellationToken)
            : await db.Services.AsNoTracking().Where(s => s.Id == listingId && s.Status != ListingStatus.Deleted)
                .Select(s => new { s.SellerId, s.IsFeatured, Listed = s.Status == ListingStatus.Active, Exclusive = false }).FirstOrDefaultAsync(cancellationToken);
        if (row is null || (row.SellerId != me && !user.IsAdmin)) return null;
        // Off sale for good is worth a second read only for an exclusive off sale.
        var sold = row.Exclusive && !row.Listed && (await ProductHolders.OfAsync(db, listingId, cancellationToken)).ExclusiveSold;
        if (row.SellerId == me) return new FeatureState(row.IsFeatured, row.Listed, user.IsAdmin, await AllowanceOfAsync(db, me, cancellationToken), sold);
        return new FeatureState(row.IsFeatured, row.Listed, true, null, sold);
    }

    /// <summary>
    /// The buttons' states for many of the viewer's own listings at once (the seller's lists on <c>/sell</c>): one read of
    /// the listings and one of the allowance, whatever the number of rows. Listings that are not the viewer's are left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, FeatureState>> MyStatesAsync(ListingKind kind, IReadOnlyCollection<Guid> listingIds,
        CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me || listingIds.Count == 0) return new Dictionary<Guid, FeatureState>();
        var ids = listingIds.ToArray();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = kind == ListingKind.Product
            ? await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id) && p.SellerId == me && p.Status != ListingStatus.Deleted)
                .Select(p => new { p.Id, p.IsFeatured, Listed = p.Status == ListingStatus.Active && p.IsApproved, Exclusive = p.LicenseType == LicenseType.Exclusive })
                .ToListAsync(cancellationToken)
            : await db.Services.AsNoTracking().Where(s => ids.Contains(s.Id) && s.SellerId == me && s.Status != ListingStatus.Deleted)
                .Select(s => new { s.Id, s.IsFeatured, Listed = s.Status == ListingStatus.Active, Exclusive = false }).ToListAsync(cancellationToken);
        if (rows.Count == 0) return new Dictionary<Guid, FeatureState>();
        var allowance = await AllowanceOfAsync(db, me, cancellationToken);
        // Which exclusives off sale a member holds: one more statement, and only when the list has such a listing.
        var offSale = rows.Where(r => r.Exclusive && !r.Listed).Select(r => r.Id).ToArray();
        var sold = offSale.Length == 0 ? [] : (await db.Database.SqlQuery<Guid>($"""
            SELECT DISTINCT product_id AS "Value" FROM product_acquisitions
            WHERE product_id = ANY({offSale}) AND revoked_at IS NULL AND license_type = 'exclusive'
            """).ToListAsync(cancellationToken)).ToHashSet();
        return rows.ToDictionary(r => r.Id, r => new FeatureState(r.IsFeatured, r.Listed, user.IsAdmin, allowance, sold.Contains(r.Id)));
    }

    private async Task<Result> SetAsync(ListingKind kind, Guid listingId, bool featured, CancellationToken cancellationToken)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        var result = await units.RunAsync<Result>(async (db, ct) =>
        {
            UnitOfWork.AfterCommit(pages.Evict); // the storefront's featured shelf and the listing pages (decision 121)
            var limit = options.Value.LimitFor(await SellerPlan.OfAsync(db, me, ct));
            var kindText = kind == ListingKind.Product ? "product" : "service";
            var outcome = await db.Database
                .SqlQuery<string>($"SELECT app_feature_listing({kindText}, {listingId}, {featured}, {limit}, {clock.GetUtcNow()}) AS \"Value\"")
                .SingleAsync(ct);
            return outcome switch
            {
                "ok" => Result.Success(),
                "not_listed" => MarketplaceErrors.FeaturedNotListed,
                "limit" => MarketplaceErrors.FeaturedLimitReached((await AllowanceOfAsync(db, me, ct)).LimitText ?? "You feature as many listings as your plan allows."),
                _ => MarketplaceErrors.FeaturedListingNotFound,
            };
        }, cancellationToken);
        if (result.Succeeded) Changed?.Invoke();
        return result;
    }

    private async Task<FeaturedAllowance> AllowanceOfAsync(AppDbContext db, Guid seller, CancellationToken ct)
    {
        var plan = await SellerPlan.OfAsync(db, seller, ct);
        // The count toward the limit, and how many of those are off sale (paused: featured, on show nowhere; decision 274).
        var counts = await db.Database.SqlQuery<FeaturedCounts>($"""
            SELECT featured_listings_count({seller}) AS featured,
                   ((SELECT count(*) FROM products WHERE seller_id = {seller} AND is_featured AND status <> 'deleted'
                       AND NOT (status = 'active' AND is_approved))
                  + (SELECT count(*) FROM services WHERE seller_id = {seller} AND is_featured AND status NOT IN ('deleted', 'active')))::integer AS not_shown
            """).SingleAsync(ct);
        return new FeaturedAllowance(counts.Featured, options.Value.LimitFor(plan), plan, options.Value.UpgradeFor(plan), counts.NotShown);
    }
}

/// <summary>A seller's featured listings, and how many of them are off sale.</summary>
internal sealed class FeaturedCounts
{
    public int Featured { get; init; }
    public int NotShown { get; init; }
}
