using Microsoft.Extensions.Options;

namespace ProducersAvenue.Domain.Finance;

/// <summary>
/// What a sale leaves the seller — the one rule behind the listing form's live "you receive" table and the fee snapshot
/// a checkout writes on its transaction. The buyer pays the listed total; the seller pays the processor's fee and the
/// commission of their tier, each rounded half away from zero to the cent: <c>seller = total − fee − commission</c>.
/// </summary>
public sealed class SellerEarnings(IOptions<FeeOptions> options)
{
    private FeeOptions Fees => options.Value;

    /// <summary>The split of one sale of <paramref name="totalCents"/> paid by <paramref name="method"/>.</summary>
    public EarningsBreakdown For(long totalCents, PaymentMethod method, decimal commissionPercent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(totalCents);
        var processor = Fees.For(method);
        // A free acquisition moves no money: no fixed fee either.
        var fee = totalCents == 0 ? 0 : Cents(totalCents * processor.Percent / 100m) + processor.FixedCents;
        var commission = Cents(totalCents * commissionPercent / 100m);
        return new EarningsBreakdown(totalCents, method, fee, commissionPercent, commission, totalCents - fee - commission);
    }

    /// <summary>The split for a seller of <paramref name="tier"/> (partner accounts pay the partner rate).</summary>
    public EarningsBreakdown For(long totalCents, PaymentMethod method, SubscriptionTier tier, bool isPartnerAccount) =>
        For(totalCents, method, Fees.CommissionPercent(tier, isPartnerAccount));

    /// <summary>One row per way of paying, for the listing form.</summary>
    public IReadOnlyList<EarningsBreakdown> Table(long totalCents, SubscriptionTier tier, bool isPartnerAccount) =>
        [.. Enum.GetValues<PaymentMethod>().Select(m => For(totalCents, m, tier, isPartnerAccount))];

    /// <summary>
    /// Whether <paramref name="totalCents"/> may be asked for a paid listing: at least the minimum paid price, and leaving the
    /// seller something (never a negative amount) whichever way the buyer pays.
    /// </summary>
    public bool IsSellablePrice(long totalCents, SubscriptionTier tier, bool isPartnerAccount) =>
        totalCents >= Fees.MinimumPaidPriceCents && Table(totalCents, tier, isPartnerAccount).All(r => r.SellerCents >= 0);

    private static long Cents(decimal amount) => (long)Math.Round(amount, MidpointRounding.AwayFromZero);
}

/// <summary>One sale's money: the total the buyer pays and who gets which part of it, in cents.</summary>
public sealed record EarningsBreakdown(
    long TotalCents, PaymentMethod Method, long ProcessorFeeCents, decimal CommissionPercent, long CommissionCents, long SellerCents);
