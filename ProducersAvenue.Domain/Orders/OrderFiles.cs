using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Storage;

namespace ProducersAvenue.Domain.Orders;

/// <summary>
/// Files of an order (requirements and deliveries, earlier deliveries included) are private files of kind <see cref="Kind"/> (decision 152): their
/// uploader and admins read them, and so does the other party of an order that lists the file — checked under the
/// reader's own view of the database, where only the order's buyer and seller see it. A cancelled (refunded) order's
/// deliveries are the seller's alone again.
/// </summary>
public sealed class OrderFiles(IDbContextFactory<AppDbContext> contexts) : IPrivateFileRule
{
    public const string Kind = "order";

    string IPrivateFileRule.Kind => Kind;

    public async Task<bool> MayReadAsync(ICurrentUser user, PrivateFileKey file, CancellationToken cancellationToken)
    {
        if (user.UserId is null) return false;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // A cancelled order's deliveries go back with the money: the buyer, refunded in full, no longer opens the seller's
        // work (the seller, their uploader, always does). Requirements stay readable to both.
        if (await db.Orders.AnyAsync(o => o.RequirementFiles.Contains(file.Key)
                || (o.DeliveryFiles.Contains(file.Key) && o.Status != OrderStatus.Cancelled && o.Status != OrderStatus.Refunded), cancellationToken))
            return true;
        // A file of an earlier delivery, kept on its timeline line (decision 169); delivered files are the seller's uploads.
        return await db.Database.SqlQuery<bool>($"""
            SELECT EXISTS (SELECT 1 FROM orders o JOIN order_events e ON e.order_id = o.id
                           WHERE o.seller_id = {file.Owner} AND e.kind = 'delivered' AND {file.Key} = ANY (e.files)
                             AND o.status NOT IN ('cancelled', 'refunded')) AS "Value"
            """).SingleAsync(cancellationToken);
    }

    /// <summary>Whether every key is an order file <paramref name="uploader"/> stored: nobody attaches someone else's file.</summary>
    public static bool AreOwnedBy(IEnumerable<string> keys, Guid uploader) =>
        keys.All(k => PrivateFileKey.Parse(k) is { Kind: Kind } file && file.Owner == uploader);
}
