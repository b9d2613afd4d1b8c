using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Finance;

namespace ProducersAvenue.Tests.Unit.Finance;

/// <summary>
/// What a sale leaves the seller (product rules, "Money"): card 2.9% + 30¢, PayPal 3.49% + 49¢, wallet nothing; the tier's
/// commission on the total; each part rounded half away from zero to the cent.
/// </summary>
public sealed class SellerEarningsTable
{
    private static SellerEarnings Earnings(FeeOptions? options = null) => new(Options.Create(options ?? new FeeOptions()));

    [Theory]
    // $10.00: card fee 29 + 30, PayPal fee 34.9 → 35 + 49, wallet none.
    [InlineData(1000, PaymentMethod.Card, SubscriptionTier.Basic, 59, 400, 541)]
    [InlineData(1000, PaymentMethod.Paypal, SubscriptionTier.Basic, 84, 400, 516)]
    [InlineData(1000, PaymentMethod.WalletBalance, SubscriptionTier.Basic, 0, 400, 600)]
    [InlineData(1000, PaymentMethod.Card, SubscriptionTier.Standard, 59, 300, 641)]
    [InlineData(1000, PaymentMethod.Paypal, SubscriptionTier.Standard, 84, 300, 616)]
    [InlineData(1000, PaymentMethod.WalletBalance, SubscriptionTier.Standard, 0, 300, 700)]
    [InlineData(1000, PaymentMethod.Card, SubscriptionTier.Premium, 59, 200, 741)]
    [InlineData(1000, PaymentMethod.Paypal, SubscriptionTier.Premium, 84, 200, 716)]
    [InlineData(1000, PaymentMethod.WalletBalance, SubscriptionTier.Premium, 0, 200, 800)]
    [InlineData(1000, PaymentMethod.Card, SubscriptionTier.Ultimate, 59, 100, 841)]
    [InlineData(1000, PaymentMethod.Paypal, SubscriptionTier.Ultimate, 84, 100, 816)]
    [InlineData(1000, PaymentMethod.WalletBalance, SubscriptionTier.Ultimate, 0, 100, 900)]
    // $5.00 by card: 2.9% is exactly 14.5¢, which goes up to 15 (banker's rounding would give 14).
    [InlineData(500, PaymentMethod.Card, SubscriptionTier.Basic, 45, 200, 255)]
    // $10.05 at 10%: the commission is exactly 100.5¢ and goes up to 101.
    [InlineData(1005, PaymentMethod.WalletBalance, SubscriptionTier.Ultimate, 0, 101, 904)]
    // $24.99 by PayPal at 20%: 87.2151¢ → 87 + 49; 499.8¢ → 500.
    [InlineData(2499, PaymentMethod.Paypal, SubscriptionTier.Premium, 136, 500, 1863)]
    // The smallest paid price still leaves something by every way of paying on the basic tier.
    [InlineData(100, PaymentMethod.Card, SubscriptionTier.Basic, 33, 40, 27)]
    [InlineData(100, PaymentMethod.Paypal, SubscriptionTier.Basic, 52, 40, 8)]
    public void A_sale_splits_into_fee_commission_and_what_the_seller_keeps(
        long total, PaymentMethod method, SubscriptionTier tier, long fee, long commission, long seller)
    {
        var split = Earnings().For(total, method, tier, isPartnerAccount: false);

        Assert.Equal((fee, commission, seller), (split.ProcessorFeeCents, split.CommissionCents, split.SellerCents));
        Assert.Equal(total, split.ProcessorFeeCents + split.CommissionCents + split.SellerCents);
    }

    [Fact]
    public void A_partner_account_pays_the_partner_rate_whatever_its_tier()
    {
        var split = Earnings().For(1000, PaymentMethod.WalletBalance, SubscriptionTier.Basic, isPartnerAccount: true);

        Assert.Equal(10m, split.CommissionPercent);
        Assert.Equal(900, split.SellerCents);
    }

    [Fact]
    public void A_free_acquisition_costs_nobody_anything()
    {
        Assert.All(Earnings().Table(0, SubscriptionTier.Basic, false), r => Assert.Equal((0L, 0L, 0L), (r.ProcessorFeeCents, r.CommissionCents, r.SellerCents)));
    }

    [Fact]
    public void The_table_has_one_row_per_way_of_paying()
    {
        var table = Earnings().Table(1500, SubscriptionTier.Standard, false);

        Assert.Equal(Enum.GetValues<PaymentMethod>(), table.Select(r => r.Method));
    }

    [Fact]
    public void A_price_below_the_minimum_or_leaving_the_seller_less_than_nothing_is_not_sellable()
    {
        Assert.False(Earnings().IsSellablePrice(99, SubscriptionTier.Ultimate, false));
        Assert.True(Earnings().IsSellablePrice(100, SubscriptionTier.Basic, false));

        // With an 80¢ PayPal fee, $1.00 on the basic tier would leave 100 − 3 − 80 − 40 = −23¢.
        var dear = new FeeOptions { Paypal = new ProcessorFee { Percent = 3.49m, FixedCents = 80 } };
        Assert.Equal(-23, Earnings(dear).For(100, PaymentMethod.Paypal, SubscriptionTier.Basic, false).SellerCents);
        Assert.False(Earnings(dear).IsSellablePrice(100, SubscriptionTier.Basic, false));
        Assert.True(Earnings(dear).IsSellablePrice(200, SubscriptionTier.Basic, false));
    }
}
