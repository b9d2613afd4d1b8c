using ProducersAvenue.Domain.Finance.Wallets;

namespace ProducersAvenue.Tests.Unit.Finance;

/// <summary>The wallet's "Earned, all time" parts add up to it: card, PayPal, and what buyers paid from their wallets.</summary>
public sealed class TheEarnedTotalsPartsAddUp
{
    [Theory]
    [InlineData(9293, 8843, 0, 450)]
    [InlineData(5000, 3000, 2000, 0)]
    [InlineData(0, 0, 0, 0)]
    public void The_wallet_part_is_what_card_and_paypal_leave(int total, int card, int paypal, int wallet)
    {
        var summary = new WalletSummary(AvailableCents: 0, PendingCents: 0, TotalEarnedCents: total, EarnedByCardCents: card, EarnedByPaypalCents: paypal,
            TotalWithdrawnCents: 0, TotalSpentCents: 0, PayoutsEnabled: true, PayoutMinimumCents: 5000, ClearingDays: 7, DebtCents: 0);

        Assert.Equal(wallet, summary.EarnedByWalletCents);
        Assert.Equal(total, summary.EarnedByCardCents + summary.EarnedByPaypalCents + summary.EarnedByWalletCents);
    }
}
