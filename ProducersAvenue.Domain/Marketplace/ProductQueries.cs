using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Marketplace;

/// <summary>
/// Reading listings. A listing is seen by everyone when it is active and approved, and by its seller and admins in any
/// state but deleted; the queries say so and Row Level Security (<c>read_listed</c>) holds the same line underneath.
/// </summary>
public sealed class ProductQueries(IDbContextFactory<AppDbContext> contexts, ICurrentUser user)
{
    /// <summary>How many of their own listings a seller's list shows at first, and adds with each "Show more".</summary>
    public const int MinePageSize = 50;

    /// <summary>
    /// The signed-in seller's first <paramref name="take"/> listings (every status but deleted), newest change first, and
    /// whether more follow. The list re-sorts as listings change (a pause is a change), so it grows by a count rather than
    /// pages by a cursor.
    /// </summary>
    public async Task<MyListings> MineAsync(int take = MinePageSize, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return MyListings.None;
        take = Math.Clamp(take, 1, 10_000);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var items = await Items(db.Products.Where(p => p.SellerId == me && p.Status != ListingStatus.Deleted)
                .OrderByDescending(p => p.UpdatedAt).ThenByDescending(p => p.Id).Take(take + 1))
            .ToListAsync(cancellationToken);
        var hasMore = items.Count > take;
        if (hasMore) items = items[..take];
        var ids = items.Select(i => i.Id).ToArray();
        // Who holds each listing now: sales and free gets that were not refunded (Row Level Security lets a seller read
        // their own). One statement for the page, by the seller's index.
        var takeUp = ids.Length == 0
            ? []
            : await db.Database.SqlQuery<ListingTakeUp>($"""
                SELECT product_id,
                       count(*) FILTER (WHERE source = 'purchase')::int AS sales,
                       count(*) FILTER (WHERE source = 'free')::int AS free_gets
                FROM product_acquisitions
                WHERE seller_id = {me} AND revoked_at IS NULL AND product_id = ANY({ids})
                GROUP BY product_id
                """).ToListAsync(cancellationToken);
        return new MyListings(items, hasMore, takeUp);
    }

    /// <summary>How many listings a page of a seller's shelf holds unless the caller asks for fewer.</summary>
    public const int SellerPageSize = 24;

    /// <summary>
    /// A member's listings on sale (active and approved), newest first, a page at a time: the profile's Products tab and its
    /// overview shelf. <paramref name="before"/> is the cursor of the page before (a <see cref="TimeCursor"/>; anything
    /// else starts at the newest).
    /// </summary>
    public async Task<KeysetPage<ProductListItem>> OnSaleBySellerAsync(Guid sellerId, int take = SellerPageSize, string? before = null,
        CancellationToken cancellationToken = default)
    {
        take = Math.Clamp(take, 1, SellerPageSize);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var listed = db.Products.Where(p => p.SellerId == sellerId && p.Status == ListingStatus.Active && p.IsApproved);
        if (TimeCursor.Decode(before) is { } c)
            listed = listed.Where(p => EF.Functions.LessThan(ValueTuple.Create(p.CreatedAt, p.Id), ValueTuple.Create(c.CreatedAt, c.Id)));
        var rows = await Items(listed.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id).Take(take + 1)).ToListAsync(cancellationToken);
        if (rows.Count <= take) return new(rows, null);
        rows.RemoveAt(take);
        return new(rows, new TimeCursor(rows[^1].CreatedAt, rows[^1].Id).Encode());
    }

    /// <summary>An own listing for the edit form, or null when it is not the caller's (or deleted).</summary>
    public async Task<ProductEditView?> ForEditAsync(Guid productId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var p = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == productId && p.SellerId == me && p.Status != ListingStatus.Deleted,
            cancellationToken);
        if (p is null) return null;
        var files = p.FileUrls.Select((key, i) => new ProductFile(key, p.FileNames.Length == p.FileUrls.Length ? p.FileNames[i] : Path.GetFileName(key),
            i == 0 ? p.FileSizeBytes ?? 0 : 0, ProductFileFormat.Claimed(key)?.Type ?? "file")).ToList();
        var holders = await ProductHolders.OfAsync(db, p.Id, cancellationToken);
        return new ProductEditView(p.Id, p.Slug, p.Status, holders.ExclusiveSold, new SaveProductCommand
        {
            Title = p.Title,
            Description = p.Description,
            ProductKind = p.ProductKind,
            PriceMode = p.IsFree ? PriceMode.Free : p.AllowNameYourPrice ? PriceMode.NameYourPrice : PriceMode.Paid,
            Price = p.IsFree ? null : p.Price,
            MinimumPrice = p.MinimumPrice,
            LicenseType = p.LicenseType,
            LicenseText = p.LicenseText,
            CategoryId = p.CategoryId,
            Tags = p.Tags,
            GenreTags = p.GenreTags,
            TechnicalDetails = ProductTechnicalDetails.FromJson(p.TechnicalDetails),
            ThumbnailUrl = p.ThumbnailUrl,
            PreviewImages = p.PreviewImages,
            PreviewAudioUrl = p.PreviewAudioUrl,
            PreviewVideoUrl = p.PreviewVideoUrl,
            Files = files,
        });
    }

    /// <summary>
    /// The product page for the caller, or null when the listing does not exist or is not theirs to see: a listed product
    /// for everyone, any of their own but a deleted one for its seller and admins, and one that left the market (paused,
    /// an exclusive sold, deleted) for the members who hold it (decision 248).
    /// </summary>
    public async Task<ProductPageView?> BySlugAsync(string slug, CancellationToken cancellationToken = default)
    {
        var me = user.UserId;
        var admin = user.IsAdmin;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // A banned seller's listings are hidden like the rest of their content (decision 156), but from them and admins.
        var p = await db.Products.AsNoTracking()
            .Where(p => p.Slug == slug && (!db.BannedSellerIds().Contains(p.SellerId) || p.SellerId == me || admin))
            .FirstOrDefaultAsync(cancellationToken);
        if (p is null) return null;
        var listed = p.Status == ListingStatus.Active && p.IsApproved;
        var deleted = p.Status == ListingStatus.Deleted;
        if (deleted || (!listed && p.SellerId != me && !admin))
        {
            if (!(me is { } holder && await HoldsAsync(db, p.Id, holder, cancellationToken))) return null;
        }

        var seller = await db.UserProfiles.Where(u => u.UserId == p.SellerId)
            .Select(u => new { u.Username, u.DisplayName, u.AvatarUrl }).FirstOrDefaultAsync(cancellationToken);
        var connected = me is { } viewer && viewer != p.SellerId && await Social.Connections.AreConnectedAsync(db, viewer, p.SellerId, cancellationToken);
        var connectionsFollowing = me is { } member ? await Social.Connections.FollowingCountAsync(db, member, p.SellerId, cancellationToken) : 0;
        var category = p.CategoryId is { } categoryId
            ? await db.Categories.Where(c => c.Id == categoryId).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        var genres = p.GenreTags.Length == 0 ? [] : await db.Genres.Where(g => p.GenreTags.Contains(g.Slug)).OrderBy(g => g.Name)
            .Select(g => new Choice(g.Slug, g.Name)).ToListAsync(cancellationToken);
        var others = await Items(db.Products.Where(o => o.SellerId == p.SellerId && o.Id != p.Id && o.Status == ListingStatus.Active && o.IsApproved)
            .OrderByDescending(o => o.CreatedAt).Take(4)).ToListAsync(cancellationToken);
        var liked = me is { } liker && await db.ProductLikes.AnyAsync(l => l.ProductId == p.Id && l.UserId == liker, cancellationToken);

        var sellerView = new ProductSeller(p.SellerId, seller?.Username,
            seller is null ? "A member" : Profiles.UserProfile.NameOf(seller.Username, seller.DisplayName), seller?.AvatarUrl, connected, connectionsFollowing);
        return new ProductPageView(p.Id, p.Slug, p.Title, p.Description, p.ThumbnailUrl, p.PreviewImages, p.PreviewAudioUrl, p.Price, p.IsFree,
            p.AllowNameYourPrice, p.MinimumPrice, p.LicenseType, p.LicenseText, category, p.Tags, genres,
            ProductTechnicalDetails.FromJson(p.TechnicalDetails), p.FileTypes, p.FileSizeBytes, p.Status, p.ViewsCount, p.CreatedAt,
            sellerView, me == p.SellerId, others, new Social.LikeState(liked, p.LikesCount), p.RatingAverage, p.ReviewsCount, p.ProductKind, p.PreviewVideoUrl);
    }

    private static Task<bool> HoldsAsync(AppDbContext db, Guid productId, Guid member, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<bool>($"""
            SELECT EXISTS (SELECT 1 FROM product_acquisitions WHERE product_id = {productId} AND buyer_id = {member} AND revoked_at IS NULL) AS "Value"
            """).SingleAsync(cancellationToken);

    /// <summary>The categories and genres the listing form offers.</summary>
    public async Task<ListingChoices> ChoicesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var categories = await db.Categories.Where(c => c.IsActive).OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new ListingChoice<Guid>(c.Id, c.Name)).ToListAsync(cancellationToken);
        var genres = await db.Genres.Where(g => g.IsActive).OrderBy(g => g.Name)
            .Select(g => new ListingChoice<string>(g.Slug, g.Name)).ToListAsync(cancellationToken);
        return new ListingChoices(categories, genres);
    }

    private static IQueryable<ProductListItem> Items(IQueryable<Product> products) =>
        products.Select(p => new ProductListItem(p.Id, p.Slug, p.Title, p.ThumbnailUrl, p.Price, p.IsFree, p.AllowNameYourPrice, p.MinimumPrice,
            p.LicenseType, p.Status, p.GenreTags, p.ViewsCount, p.CreatedAt, p.UpdatedAt, p.PreviewAudioUrl, p.LikesCount, p.ProductKind, p.PreviewVideoUrl != null));
}
