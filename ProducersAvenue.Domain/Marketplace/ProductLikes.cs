using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Social;

namespace ProducersAvenue.Domain.Marketplace;

/// <summary>
/// Likes on products (decision 155): a member keeps a listing to come back to — its page shows the heart and the count,
/// and Library's Liked tab lists them (<see cref="StorefrontQueries.LikedAsync"/>). A like is for a listing on sale and not
/// the member's own, and tells the seller (a like notification, under the member's preferences for likes); a like is
/// taken back from any listing the member can still open. Idempotent like post likes (INSERT … ON CONFLICT
/// DO NOTHING / DELETE); <c>likes_count</c> is kept by a trigger, so concurrent toggles end with the count equal to the rows.
/// </summary>
public sealed class ProductLikes(UnitOfWork units, ICurrentUser user, INotifier notifier, TimeProvider clock)
{
    /// <summary>Likes the product when the member has not yet, takes the like back otherwise (the heart on its page).</summary>
    public async Task<Result<LikeState>> ToggleAsync(Guid productId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        return await units.RunAsync<Result<LikeState>>(async (db, ct) =>
        {
            var product = await db.Products.AsNoTracking().Where(p => p.Id == productId && p.Status != ListingStatus.Deleted)
                .Select(p => new { p.SellerId, p.Title, p.Slug, Listed = p.Status == ListingStatus.Active && p.IsApproved && !db.BannedSellerIds().Contains(p.SellerId) }).FirstOrDefaultAsync(ct);
            if (product is null) return MarketplaceErrors.ProductNotFound;
            var removed = await db.ProductLikes.Where(l => l.ProductId == productId && l.UserId == me).ExecuteDeleteAsync(ct);
            if (removed == 0)
            {
                if (product.SellerId == me) return MarketplaceErrors.OwnProductLike;
                if (!product.Listed) return MarketplaceErrors.ProductNotFound;
                var inserted = await db.Database.ExecuteSqlInterpolatedAsync($"""
                    INSERT INTO product_likes (id, product_id, user_id, created_at) VALUES ({Guid.CreateVersion7()}, {productId}, {me}, {clock.GetUtcNow()})
                    ON CONFLICT (product_id, user_id) DO NOTHING
                    """, ct);
                if (inserted == 1)
                {
                    var liker = await db.UserProfiles.Where(u => u.UserId == me).Select(u => u.Username).FirstAsync(ct);
                    await notifier.NotifyAsync(new NotificationRequest(product.SellerId, NotificationType.Like, $"@{liker} liked {product.Title}",
                        "Someone liked your listing.", $"/market/products/{product.Slug}", me, productId), ct);
                }
            }
            var count = await db.Products.Where(p => p.Id == productId).Select(p => p.LikesCount).FirstAsync(ct);
            return new LikeState(removed == 0, count);
        }, cancellationToken);
    }
}
