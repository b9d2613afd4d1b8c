namespace ProducersAvenue.Domain.Finance.Ledger;

/// <summary>One line of a posting: signed cents (debit positive) on an account, and the member for a wallet account (pending, available, debt).</summary>
public sealed record LedgerEntry(LedgerAccount Account, Guid? UserId, long Amount)
{
    public bool IsWallet => Account is LedgerAccount.WalletPending or LedgerAccount.WalletAvailable or LedgerAccount.WalletDebt;
}
