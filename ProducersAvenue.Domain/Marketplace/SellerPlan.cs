using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Marketplace;

/// <summary>What decides a seller's commission and featured limit: their subscription tier and whether theirs is a partner account.</summary>
public sealed record SellerPlan(SubscriptionTier Tier, bool IsPartnerAccount)
{
    /// <summary>
    /// A seller's plan, the one place it is read: their newest subscription row (basic without one) and the partner flag
    /// of their profile. Products, services and featuring all ask here.
    /// </summary>
    public static async Task<SellerPlan> OfAsync(AppDbContext db, Guid sellerId, CancellationToken cancellationToken)
    {
        var tier = await db.Subscriptions.AsNoTracking().Where(s => s.UserId == sellerId).OrderByDescending(s => s.CreatedAt)
            .Select(s => (SubscriptionTier?)s.Tier).FirstOrDefaultAsync(cancellationToken) ?? SubscriptionTier.Basic;
        var partner = await db.UserProfiles.AsNoTracking().Where(p => p.UserId == sellerId).Select(p => p.IsPartnerAccount)
            .FirstOrDefaultAsync(cancellationToken);
        return new SellerPlan(tier, partner);
    }
}
