using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Finance.Payments;

/// <summary>
/// What the money path asks of a payment's two members when it completes (decision 136): a block made after the checkout
/// opened — by either of them — refunds the card payment instead of selling across it. The jobs role reads no block, so it
/// asks <c>members_blocked</c>.
/// </summary>
public static class PaymentParties
{
    public static async Task<bool> BlockedAsync(AppDbContext db, Guid buyer, Guid seller, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<bool>($"SELECT members_blocked({buyer}, {seller}) AS \"Value\"").SingleAsync(cancellationToken);
}
