namespace ProducersAvenue.Domain.Finance.Ledger;

/// <summary>
/// The accounts of the double-entry ledger (decision 190). Entries are signed cents, debit positive and credit negative;
/// every posting sums to zero. The two wallet accounts belong to a member and are what the platform owes them, so a
/// wallet balance is <em>minus</em> the sum of its entries; the debt account is what the member owes the platform.
/// </summary>
public enum LedgerAccount
{
    /// <summary>What the processor holds for the platform: gross card payments in, payouts out.</summary>
    ProcessorClearing,
    /// <summary>What the processors kept as their fees (the seller pays them, so they never touch the platform's revenue).</summary>
    ProcessorFees,
    /// <summary>The platform's commission.</summary>
    PlatformRevenue,
    /// <summary>A member's proceeds in escrow (<c>wallets.balance_pending</c>).</summary>
    WalletPending,
    /// <summary>A member's money ready to spend or withdraw (<c>wallets.balance_available</c>).</summary>
    WalletAvailable,
    /// <summary>Withdrawals requested and not yet paid or returned.</summary>
    PayoutsInTransit,
    /// <summary>
    /// What a member owes the platform (<c>wallets.debt_cents</c>; decision 220): the part of a refund or a lost dispute their
    /// balance no longer covered. A debit raises it, so a debt is <em>plus</em> the sum of its entries; cleared earnings pay it.
    /// </summary>
    WalletDebt,
}
