namespace ProducersAvenue.Domain.Finance.Ledger;

/// <summary>The nightly ledger check found wallets that differ from their entries, or postings that do not sum to zero.</summary>
public sealed class LedgerDoesNotHoldException(string message) : Exception(message);
