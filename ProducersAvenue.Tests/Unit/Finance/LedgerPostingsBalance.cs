using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Finance.Ledger;

namespace ProducersAvenue.Tests.Unit.Finance;

/// <summary>Every posting the platform makes sums to zero and moves the wallets it should (decision 190).</summary>
public sealed class LedgerPostingsBalance
{
    private static readonly Guid Buyer = Guid.NewGuid();
    private static readonly Guid Seller = Guid.NewGuid();

    public static TheoryData<string, LedgerPosting> Postings => new()
    {
        { "card sale", LedgerPosting.Sale(Guid.NewGuid(), Buyer, Seller, PaymentProcessor.Stripe, 1999, 88, 800, 1111, "sale") },
        { "wallet sale", LedgerPosting.Sale(Guid.NewGuid(), Buyer, Seller, PaymentProcessor.Wallet, 500, 0, 200, 300, "sale") },
        { "clearing", LedgerPosting.Clearing(Guid.NewGuid(), Seller, 1111, 0, "hold ended") },
        { "clearing that pays a debt", LedgerPosting.Clearing(Guid.NewGuid(), Seller, 1111, 400, "hold ended") },
        { "refund inside the hold", LedgerPosting.Refund(Guid.NewGuid(), Buyer, Seller, PaymentProcessor.Stripe, 1999, 88, 800, 1111, false, 0, "refund") },
        { "refund leaving a debt", LedgerPosting.Refund(Guid.NewGuid(), Buyer, Seller, PaymentProcessor.Wallet, 500, 0, 200, 300, true, 120, "refund") },
        { "payout requested", LedgerPosting.PayoutRequested(Guid.NewGuid(), Seller, 5000, "payout") },
        { "payout paid", LedgerPosting.PayoutPaid(Guid.NewGuid(), 5000, "payout") },
        { "payout returned", LedgerPosting.PayoutReturned(Guid.NewGuid(), Seller, 5000, 0, "payout") },
        { "payout returned paying a debt", LedgerPosting.PayoutReturned(Guid.NewGuid(), Seller, 5000, 1803, "payout") },
    };

    [Theory]
    [MemberData(nameof(Postings))]
    public void Each_posting_sums_to_zero_over_two_entries_or_more(string name, LedgerPosting posting)
    {
        Assert.True(posting.Entries.Count >= 2, name);
        Assert.Equal(0, posting.Entries.Sum(e => e.Amount));
        Assert.All(posting.Entries, e => Assert.Equal(e.IsWallet, e.UserId.HasValue));
    }

    [Fact]
    public void A_card_sale_owes_the_seller_their_amount_in_escrow_and_keeps_the_commission()
    {
        var sale = LedgerPosting.Sale(Guid.NewGuid(), Buyer, Seller, PaymentProcessor.Stripe, 1999, 88, 800, 1111, "sale");

        Assert.Equal(-1111, sale.Entries.Single(e => e.Account == LedgerAccount.WalletPending && e.UserId == Seller).Amount);
        Assert.Equal(-800, sale.Entries.Single(e => e.Account == LedgerAccount.PlatformRevenue).Amount);
        Assert.Equal(-88, sale.Entries.Single(e => e.Account == LedgerAccount.ProcessorFees).Amount);
        Assert.Equal(1999, sale.Entries.Single(e => e.Account == LedgerAccount.ProcessorClearing).Amount);
        Assert.DoesNotContain(sale.Entries, e => e.UserId == Buyer);
    }

    [Fact]
    public void A_wallet_sale_takes_the_total_from_the_buyers_available_balance_with_no_processor()
    {
        var sale = LedgerPosting.Sale(Guid.NewGuid(), Buyer, Seller, PaymentProcessor.Wallet, 500, 0, 200, 300, "sale");

        Assert.Equal(500, sale.Entries.Single(e => e.Account == LedgerAccount.WalletAvailable && e.UserId == Buyer).Amount);
        Assert.DoesNotContain(sale.Entries, e => e.Account is LedgerAccount.ProcessorClearing or LedgerAccount.ProcessorFees);
    }

    [Fact]
    public void A_refund_the_available_balance_no_longer_covers_leaves_the_rest_as_the_sellers_debt()
    {
        var refund = LedgerPosting.Refund(Guid.NewGuid(), Buyer, Seller, PaymentProcessor.Stripe, 1999, 88, 800, 1111, true, 411, "refund");

        Assert.Equal(700, refund.Entries.Single(e => e.Account == LedgerAccount.WalletAvailable && e.UserId == Seller).Amount);
        Assert.Equal(411, refund.Entries.Single(e => e.Account == LedgerAccount.WalletDebt && e.UserId == Seller).Amount);
        Assert.DoesNotContain(refund.Entries, e => e.Account == LedgerAccount.WalletPending);
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            LedgerPosting.Refund(Guid.NewGuid(), Buyer, Seller, PaymentProcessor.Stripe, 1999, 88, 800, 1111, true, 1112, "refund"));
    }

    [Fact]
    public void A_clearing_pays_the_sellers_debt_first_and_makes_the_rest_available()
    {
        var clearing = LedgerPosting.Clearing(Guid.NewGuid(), Seller, 1111, 400, "hold ended");

        Assert.Equal(1111, clearing.Entries.Single(e => e.Account == LedgerAccount.WalletPending).Amount);
        Assert.Equal(-711, clearing.Entries.Single(e => e.Account == LedgerAccount.WalletAvailable).Amount);
        Assert.Equal(-400, clearing.Entries.Single(e => e.Account == LedgerAccount.WalletDebt).Amount);
    }

    [Fact]
    public void A_sale_whose_parts_do_not_add_up_cannot_be_posted()
    {
        Assert.Throws<InvalidOperationException>(() =>
            LedgerPosting.Sale(Guid.NewGuid(), Buyer, Seller, PaymentProcessor.Stripe, 1999, 88, 800, 1112, "sale"));
    }
}
