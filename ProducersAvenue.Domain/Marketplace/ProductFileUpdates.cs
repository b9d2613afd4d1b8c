using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Marketplace;

/// <summary>
/// Members who hold a product hear when its seller changes its files (decision 253): each product whose files changed at
/// least <see cref="MarketplaceOptions.FileUpdatesSettleMinutes"/> ago is taken once (<c>take_product_file_updates</c>)
/// and every member holding it — an unrevoked acquisition, bought or free — gets one <see cref="NotificationType.ProductUpdate"/>
/// leading to their own copy in the library, in the same unit as the taking: a failure tells nobody and takes nothing.
/// </summary>
public sealed class ProductFileUpdates(
    [FromKeyedServices(UnitOfWork.Jobs)] UnitOfWork jobs, INotifier notifier, IOptions<MarketplaceOptions> options, TimeProvider clock)
{
    public const int BatchSize = 50;

    /// <summary>Tells the holders of every settled change; returns how many products were announced.</summary>
    public async Task<int> TellHoldersAsync(CancellationToken cancellationToken = default)
    {
        var told = 0;
        while (true)
        {
            var batch = await TellBatchAsync(cancellationToken);
            told += batch;
            if (batch < BatchSize) return told;
        }
    }

    private Task<int> TellBatchAsync(CancellationToken cancellationToken) => jobs.RunAsync(async (db, ct) =>
    {
        var settledBefore = clock.GetUtcNow().AddMinutes(-Math.Max(0, options.Value.FileUpdatesSettleMinutes));
        var changed = await db.Database.SqlQuery<Changed>($"""
            SELECT product_id, seller_id, title FROM take_product_file_updates({settledBefore}, {BatchSize})
            """).ToListAsync(ct);
        if (changed.Count == 0) return 0;
        // The batch's holders in one read: one notice per member and product, to their latest copy (a member who got it
        // twice, after a refund, holds the newer one); never the seller.
        var ids = changed.Select(c => c.ProductId).ToArray();
        var holders = await db.Database.SqlQuery<Holder>($"""
            SELECT DISTINCT ON (product_id, buyer_id) product_id, buyer_id, reference FROM product_acquisitions
            WHERE product_id = ANY({ids}) AND revoked_at IS NULL AND buyer_id <> seller_id
            ORDER BY product_id, buyer_id, acquired_at DESC
            """).ToListAsync(ct);
        var byId = changed.ToDictionary(c => c.ProductId);
        await notifier.NotifyManyAsync([.. holders.Select(h => Notice(byId[h.ProductId], h))], ct);
        return changed.Count;
    }, cancellationToken);

    private static NotificationRequest Notice(Changed product, Holder holder) => new(holder.BuyerId, NotificationType.ProductUpdate,
        $"“{product.Title}” has new files", "Its seller changed the files: download them again from your library.",
        $"/library/{holder.Reference}", product.SellerId, product.ProductId);

    private sealed record Changed(Guid ProductId, Guid SellerId, string Title);

    private sealed record Holder(Guid ProductId, Guid BuyerId, string Reference);
}
