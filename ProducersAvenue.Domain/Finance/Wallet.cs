using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Finance;

/// <summary>
/// <c>wallets</c>: one per user; every amount is integer cents. Balances are a cache of the ledger:
/// proceeds wait in <see cref="BalancePending"/> (escrow) before they reach <see cref="BalanceAvailable"/>.
/// </summary>
public class Wallet : IHasTimestamps
{
    public const int StripeIdMaxLength = 255;
    public const int EmailMaxLength = 256;

    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public int BalanceAvailable { get; set; }
    public int BalancePending { get; set; }
    public int TotalEarnedStripe { get; set; }
    public int TotalEarnedPaypal { get; set; }
    public int TotalEarned { get; set; }
    public int TotalWithdrawnStripe { get; set; }
    public int TotalWithdrawnPaypal { get; set; }
    public int TotalWithdrawn { get; set; }
    /// <summary>Cents spent on purchases paid from the wallet.</summary>
    public int TotalSpentOnPlatform { get; set; }
    /// <summary>Stripe Connect account.</summary>
    public string? StripeAccountId { get; set; }
    public StripeAccountStatus? StripeAccountStatus { get; set; }
    public string? PaypalEmail { get; set; }
    public bool PaypalVerified { get; set; }
    public bool PayoutsEnabled { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
