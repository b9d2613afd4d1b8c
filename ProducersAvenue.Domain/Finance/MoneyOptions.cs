namespace ProducersAvenue.Domain.Finance;

/// <summary>
/// Configuration section <c>Money</c>: the escrow hold, the payout floor, the schedules of the money jobs and which payment
/// processor is used (product rules, "Money"; decision 190).
/// </summary>
public sealed class MoneyOptions
{
    public const string Section = "Money";

    /// <summary><c>Sandbox</c> (the default: Stripe test mode behaviour, no outside calls) or <c>Stripe</c>.</summary>
    public string Processor { get; set; } = "Sandbox";

    /// <summary>Days product and webinar proceeds wait in <c>balance_pending</c> after payment.</summary>
    public int ClearingDays { get; set; } = 7;

    /// <summary>The smallest withdrawal, in cents (never below the database's $50).</summary>
    public int PayoutMinimumCents { get; set; } = Payout.MinimumAmountCents;

    /// <summary>
    /// The highest price a listing may ask (a product's price or name-your-price minimum, a service package's price) or a
    /// buyer may name, in cents: one ceiling for what is listed and what is paid, below what a card processor takes in one
    /// charge.
    /// </summary>
    public long MaximumPriceCents { get; set; } = 1_000_000;

    /// <summary>When proceeds whose hold is over are released (five-field cron, UTC).</summary>
    public string ClearingCron { get; set; } = "*/15 * * * *";

    /// <summary>Seconds after a sandbox payment with the card 4000 0000 0000 0259 before its buyer's bank disputes it.</summary>
    public int SandboxDisputeAfterSeconds { get; set; } = 60;

    /// <summary>When the sandbox raises the disputes that are due (five-field cron, UTC).</summary>
    public string SandboxDisputesCron { get; set; } = "* * * * *";

    /// <summary>Hours a sandbox card checkout may stay unpaid before it expires, as a Stripe checkout session does after 24.</summary>
    public int SandboxCheckoutExpiryHours { get; set; } = 24;

    /// <summary>When the sandbox closes the checkouts that expired (five-field cron, UTC).</summary>
    public string SandboxExpiryCron { get; set; } = "7 * * * *";

    /// <summary>When the wallets are recomputed from the ledger and compared.</summary>
    public string LedgerCheckCron { get; set; } = "30 3 * * *";
}
