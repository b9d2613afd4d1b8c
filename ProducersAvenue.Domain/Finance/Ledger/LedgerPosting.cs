namespace ProducersAvenue.Domain.Finance.Ledger;

/// <summary>
/// One movement of money as the ledger records it: entries that sum to zero (the database checks it again at commit).
/// The factories below are the only postings the platform makes; each one is the rule for its movement.
/// </summary>
public sealed record LedgerPosting
{
    private LedgerPosting(PostingKind kind, Guid? transactionId, Guid? payoutId, string memo, IReadOnlyList<LedgerEntry> entries)
    {
        var lines = entries.Where(e => e.Amount != 0).ToList();
        if (lines.Count < 2 || lines.Sum(e => e.Amount) != 0)
            throw new InvalidOperationException($"A {kind} posting must have two entries or more that sum to zero.");
        if (lines.Any(e => e.IsWallet != e.UserId.HasValue))
            throw new InvalidOperationException("Wallet entries name their member; other accounts name nobody.");
        (Kind, TransactionId, PayoutId, Memo, Entries) = (kind, transactionId, payoutId, memo, lines);
    }

    public Guid Id { get; } = Guid.CreateVersion7();
    public PostingKind Kind { get; }
    public Guid? TransactionId { get; }
    public Guid? PayoutId { get; }
    public string Memo { get; }
    public IReadOnlyList<LedgerEntry> Entries { get; }

    /// <summary>
    /// A completed sale. By card: the processor owes the total and keeps its fee. From a wallet: the buyer's available
    /// balance pays the total. Either way the platform keeps the commission and the seller's amount waits in escrow.
    /// </summary>
    public static LedgerPosting Sale(Guid transactionId, Guid buyerId, Guid sellerId, PaymentProcessor processor,
        long totalCents, long feeCents, long commissionCents, long sellerCents, string memo)
    {
        List<LedgerEntry> entries = processor == PaymentProcessor.Wallet
            ? [new(LedgerAccount.WalletAvailable, buyerId, totalCents)]
            : [new(LedgerAccount.ProcessorClearing, null, totalCents), new(LedgerAccount.ProcessorFees, null, -feeCents)];
        entries.Add(new(LedgerAccount.PlatformRevenue, null, -commissionCents));
        entries.Add(new(LedgerAccount.WalletPending, sellerId, -sellerCents));
        return new(PostingKind.Sale, transactionId, null, memo, entries);
    }

    /// <summary>
    /// A sale given back in full — an admin's refund, a refund made at the processor, or a lost dispute: the sale's entries
    /// reversed. The seller's amount is taken from pending while the hold lasts and from available after it; the part
    /// <paramref name="debtCents"/> that balance no longer covers becomes the seller's debt to the platform (decision 220). By
    /// card the processor returns the total (and its fee); from a wallet the buyer's available balance is credited.
    /// </summary>
    public static LedgerPosting Refund(Guid transactionId, Guid buyerId, Guid sellerId, PaymentProcessor processor,
        long totalCents, long feeCents, long commissionCents, long sellerCents, bool cleared, long debtCents, string memo)
    {
        if (debtCents < 0 || debtCents > sellerCents) throw new ArgumentOutOfRangeException(nameof(debtCents), "A debt is a part of the seller's amount.");
        List<LedgerEntry> entries = processor == PaymentProcessor.Wallet
            ? [new(LedgerAccount.WalletAvailable, buyerId, -totalCents)]
            : [new(LedgerAccount.ProcessorClearing, null, -totalCents), new(LedgerAccount.ProcessorFees, null, feeCents)];
        entries.Add(new(LedgerAccount.PlatformRevenue, null, commissionCents));
        entries.Add(new(cleared ? LedgerAccount.WalletAvailable : LedgerAccount.WalletPending, sellerId, sellerCents - debtCents));
        entries.Add(new(LedgerAccount.WalletDebt, sellerId, debtCents));
        return new(PostingKind.Refund, transactionId, null, memo, entries);
    }

    /// <summary>
    /// A card payment the platform cannot honour (an exclusive sold first, a product the buyer got meanwhile, an order or a
    /// plan that changed before the payment went through): the processor owes the total, and all of it is the buyer's —
    /// credited to their available balance for the moment until <see cref="PaymentGivenBack"/> returns it to their card, in
    /// the same unit of work (decision 305). No commission, no fee, no seller.
    /// </summary>
    public static LedgerPosting PaymentHeldForBuyer(Guid transactionId, Guid buyerId, long totalCents, string memo) =>
        new(PostingKind.PaymentHeld, transactionId, null, memo,
            [new(LedgerAccount.ProcessorClearing, null, totalCents), new(LedgerAccount.WalletAvailable, buyerId, -totalCents)]);

    /// <summary>The payment <see cref="PaymentHeldForBuyer"/> recorded goes back to the buyer's card in full.</summary>
    public static LedgerPosting PaymentGivenBack(Guid transactionId, Guid buyerId, long totalCents, string memo) =>
        new(PostingKind.PaymentReturned, transactionId, null, memo,
            [new(LedgerAccount.WalletAvailable, buyerId, totalCents), new(LedgerAccount.ProcessorClearing, null, -totalCents)]);

    /// <summary>A plan paid by card: the processor owes the total less its fee, and all of it is the platform's revenue.</summary>
    public static LedgerPosting PlanPayment(Guid transactionId, long totalCents, long feeCents, string memo) =>
        new(PostingKind.PlanPayment, transactionId, null, memo,
            [new(LedgerAccount.ProcessorClearing, null, totalCents), new(LedgerAccount.ProcessorFees, null, -feeCents),
             new(LedgerAccount.PlatformRevenue, null, feeCents - totalCents)]);

    /// <summary>
    /// The hold is over: the seller's amount moves from pending to available — less <paramref name="debtPaidCents"/>, which
    /// pays what the seller owes the platform (decision 220).
    /// </summary>
    public static LedgerPosting Clearing(Guid transactionId, Guid sellerId, long sellerCents, long debtPaidCents, string memo)
    {
        if (debtPaidCents < 0 || debtPaidCents > sellerCents) throw new ArgumentOutOfRangeException(nameof(debtPaidCents), "A debt is paid from the amount cleared.");
        return new(PostingKind.Clearing, transactionId, null, memo,
            [new(LedgerAccount.WalletPending, sellerId, sellerCents), new(LedgerAccount.WalletAvailable, sellerId, debtPaidCents - sellerCents),
             new(LedgerAccount.WalletDebt, sellerId, -debtPaidCents)]);
    }

    /// <summary>A withdrawal is requested: the amount leaves the available balance at once and waits in transit.</summary>
    public static LedgerPosting PayoutRequested(Guid payoutId, Guid userId, long amountCents, string memo) =>
        new(PostingKind.PayoutRequested, null, payoutId, memo,
            [new(LedgerAccount.WalletAvailable, userId, amountCents), new(LedgerAccount.PayoutsInTransit, null, -amountCents)]);

    /// <summary>The processor paid the member: the money leaves the platform's processor balance.</summary>
    public static LedgerPosting PayoutPaid(Guid payoutId, long amountCents, string memo) =>
        new(PostingKind.PayoutPaid, null, payoutId, memo,
            [new(LedgerAccount.PayoutsInTransit, null, amountCents), new(LedgerAccount.ProcessorClearing, null, -amountCents)]);

    /// <summary>
    /// A payout failed or was cancelled: the amount returns to the member's available balance — first paying what they came
    /// to owe meanwhile (a refund after the request), as cleared earnings do (<see cref="Clearing"/>).
    /// </summary>
    public static LedgerPosting PayoutReturned(Guid payoutId, Guid userId, long amountCents, long debtPaidCents, string memo)
    {
        if (debtPaidCents < 0 || debtPaidCents > amountCents) throw new ArgumentOutOfRangeException(nameof(debtPaidCents), "A debt is paid from the amount returned.");
        return new(PostingKind.PayoutReturned, null, payoutId, memo,
            [new(LedgerAccount.PayoutsInTransit, null, amountCents), new(LedgerAccount.WalletAvailable, userId, debtPaidCents - amountCents),
             new(LedgerAccount.WalletDebt, userId, -debtPaidCents)]);
    }
}
