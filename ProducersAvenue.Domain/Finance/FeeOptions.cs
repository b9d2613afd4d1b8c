namespace ProducersAvenue.Domain.Finance;

/// <summary>
/// Configuration section <c>Fees</c>: what each way of paying costs the seller and the platform's commission per tier
/// (product rules, "Money" and "Subscription tiers"). Percentages are of the sale's total.
/// </summary>
public sealed class FeeOptions
{
    public const string Section = "Fees";

    public ProcessorFee Card { get; set; } = new() { Percent = 2.9m, FixedCents = 30 };
    public ProcessorFee Paypal { get; set; } = new() { Percent = 3.49m, FixedCents = 49 };
    public ProcessorFee WalletBalance { get; set; } = new();

    public decimal BasicCommissionPercent { get; set; } = 40m;
    public decimal StandardCommissionPercent { get; set; } = 30m;
    public decimal PremiumCommissionPercent { get; set; } = 20m;
    public decimal UltimateCommissionPercent { get; set; } = 10m;
    /// <summary>Partner accounts ("ultimate for friends") pay the ultimate rate whatever their subscription row says.</summary>
    public decimal PartnerCommissionPercent { get; set; } = 10m;

    /// <summary>The smallest price of a paid listing, in cents.</summary>
    public long MinimumPaidPriceCents { get; set; } = 100;

    public ProcessorFee For(PaymentMethod method) => method switch
    {
        PaymentMethod.Card => Card,
        PaymentMethod.Paypal => Paypal,
        _ => WalletBalance,
    };

    public decimal CommissionPercent(SubscriptionTier tier, bool isPartnerAccount) => isPartnerAccount ? PartnerCommissionPercent : tier switch
    {
        SubscriptionTier.Basic => BasicCommissionPercent,
        SubscriptionTier.Standard => StandardCommissionPercent,
        SubscriptionTier.Premium => PremiumCommissionPercent,
        _ => UltimateCommissionPercent,
    };
}

/// <summary>A processor's price: a percentage of the total plus a fixed amount per payment.</summary>
public sealed class ProcessorFee
{
    public decimal Percent { get; set; }
    public long FixedCents { get; set; }
}
