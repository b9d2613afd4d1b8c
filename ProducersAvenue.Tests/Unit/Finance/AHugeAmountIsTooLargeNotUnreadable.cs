using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Marketplace;

namespace ProducersAvenue.Tests.Unit.Finance;

/// <summary>
/// A well-formed amount with more digits than any price ("9999999999999999") is too large, not badly written: it was refused
/// as unreadable and told "Enter an amount in dollars, with a dot before the cents", while 99999 was told "at most
/// $10,000.00". It now reads as <see cref="Money.LargestCents"/>, which every ceiling (a listing's price, a package's, a
/// named price, a payout's balance) refuses with its own "at most" message.
/// </summary>
public sealed class AHugeAmountIsTooLargeNotUnreadable
{
    [Theory]
    [InlineData("9999999999999999")] // the most the field takes (16 characters)
    [InlineData("10000000000000")] // one digit more than the largest amount
    [InlineData("99999999999999999999")] // past a long's cents
    [InlineData("$99,999,999,999,999,999.50")]
    [InlineData("9999999999999999999999999999999999999999")] // past what decimal holds
    public void A_well_formed_amount_beyond_the_largest_reads_as_the_largest(string typed)
    {
        Assert.True(Money.TryParseCents(typed, out var cents));
        Assert.Equal(Money.LargestCents, cents);
    }

    [Theory]
    [InlineData("9999999999999.99", 999_999_999_999_999L)]
    [InlineData("00000000000000012.50", 1250L)] // leading zeros are no size
    public void The_largest_amount_and_padded_small_ones_read_as_they_are(string typed, long expected)
    {
        Assert.True(Money.TryParseCents(typed, out var cents));
        Assert.Equal(expected, cents);
    }

    [Theory]
    [InlineData("-9999999999999999")]
    [InlineData("9999999999999999.999")]
    [InlineData("99999999999999999,99")]
    public void A_huge_amount_written_wrongly_is_still_unreadable(string typed) => Assert.False(Money.TryParseCents(typed, out _));

    [Fact]
    public void A_huge_product_price_is_told_the_ceiling_at_the_price_field()
    {
        var error = Assert.Single(Rules().Validate(Product(TypedAsTheFieldReadsIt("9999999999999999")), SubscriptionTier.Basic, false));

        Assert.Equal("marketplace.price_too_high", error.Code);
        Assert.Equal(nameof(SaveProductCommand.Price), error.Field);
        Assert.Equal("A price can be at most $10,000.00.", error.Message);
    }

    [Fact]
    public void A_huge_lowest_price_is_told_it_is_above_the_suggested_price()
    {
        var command = Product(25m) with { PriceMode = PriceMode.NameYourPrice, MinimumPrice = TypedAsTheFieldReadsIt("9999999999999999") };

        var error = Assert.Single(Rules().Validate(command, SubscriptionTier.Basic, false));

        Assert.Equal("marketplace.minimum_above_price", error.Code);
        Assert.Equal(nameof(SaveProductCommand.MinimumPrice), error.Field);
    }

    [Fact]
    public void A_huge_named_price_is_above_the_most_a_buyer_may_pay()
    {
        Assert.True(Money.TryParseCents("9999999999999999", out var cents));
        Assert.True(cents > new MoneyOptions().MaximumPriceCents);
    }

    /// <summary>What MoneyField hands the page for <paramref name="typed"/>.</summary>
    private static decimal TypedAsTheFieldReadsIt(string typed) =>
        Money.TryParseCents(typed, out var cents) ? cents / 100m : throw new InvalidOperationException($"\"{typed}\" does not read");

    private static ProductValidation Rules() =>
        new(new SellerEarnings(Options.Create(new FeeOptions())),
            new ListingPriceRange(Options.Create(new FeeOptions()), Options.Create(new MoneyOptions())), Options.Create(new MarketplaceOptions()));

    private static SaveProductCommand Product(decimal price) => new()
    {
        Title = "Midnight Trap Kit",
        ProductKind = ProductKind.DrumKit,
        PriceMode = PriceMode.Paid,
        Price = price,
        CategoryId = Guid.NewGuid(),
    };
}
