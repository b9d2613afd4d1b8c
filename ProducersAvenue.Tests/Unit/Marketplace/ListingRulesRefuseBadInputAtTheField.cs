using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Marketplace;

namespace ProducersAvenue.Tests.Unit.Marketplace;

/// <summary>
/// The listing rules that need no database (issue 10, "Bad input"): each refusal is the catalogue's entry at its field,
/// and a good listing passes.
/// </summary>
public sealed class ListingRulesRefuseBadInputAtTheField
{
    private static readonly Guid Category = Guid.NewGuid();

    private static ProductValidation Rules(FeeOptions? fees = null) =>
        new(new SellerEarnings(Options.Create(fees ?? new FeeOptions())),
            new ListingPriceRange(Options.Create(fees ?? new FeeOptions()), Options.Create(new MoneyOptions())), Options.Create(new MarketplaceOptions()));

    private static SaveProductCommand Good => new()
    {
        Title = "Midnight Trap Kit",
        ProductKind = ProductKind.DrumKit,
        Description = "Hard drums. #trap #808",
        PriceMode = PriceMode.Paid,
        Price = 19.99m,
        CategoryId = Category,
        TechnicalDetails = new ProductTechnicalDetails { Bpm = 140, Key = "A minor", SampleRateHz = 44100, BitDepth = 24 },
    };

    private static List<ProducersAvenue.Domain.Common.Error> Check(SaveProductCommand command, FeeOptions? fees = null) =>
        Rules(fees).Validate(command, SubscriptionTier.Basic, isPartnerAccount: false);

    [Fact]
    public void A_complete_paid_listing_passes() => Assert.Empty(Check(Good));

    [Fact]
    public void A_free_listing_needs_no_price() => Assert.Empty(Check(Good with { PriceMode = PriceMode.Free, Price = null }));

    [Theory]
    [InlineData("-1.00", "marketplace.price_negative")]
    [InlineData("0.50", "marketplace.price_below_minimum")]
    [InlineData("0.99", "marketplace.price_below_minimum")]
    [InlineData("0", "marketplace.price_below_minimum")]
    [InlineData("1.999", "marketplace.price_too_precise")]
    [InlineData("10000.01", "marketplace.price_too_high")] // Money:MaximumPriceCents, what a buyer may name too
    [InlineData("100000000", "marketplace.price_too_high")]
    public void A_bad_paid_price_is_refused_at_the_price(string price, string code)
    {
        var errors = Check(Good with { Price = decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture) });

        var error = Assert.Single(errors);
        Assert.Equal(code, error.Code);
        Assert.Equal(nameof(SaveProductCommand.Price), error.Field);
    }

    [Fact]
    public void A_paid_listing_without_a_price_is_asked_for_one() =>
        Assert.Equal("marketplace.price_required", Assert.Single(Check(Good with { Price = null })).Code);

    [Fact]
    public void One_dollar_is_the_smallest_paid_price() => Assert.Empty(Check(Good with { Price = 1.00m }));

    [Fact]
    public void A_price_that_leaves_the_seller_less_than_nothing_is_refused()
    {
        var fees = new FeeOptions { Card = new ProcessorFee { Percent = 2.9m, FixedCents = 500 } };

        var error = Assert.Single(Check(Good with { Price = 2.00m }, fees));

        Assert.Equal("marketplace.price_leaves_nothing", error.Code);
        Assert.Equal(nameof(SaveProductCommand.Price), error.Field);
    }

    [Theory]
    [InlineData("25.00", "marketplace.minimum_above_price")]
    [InlineData("0.50", "marketplace.minimum_price_too_low")]
    [InlineData("2.555", "marketplace.minimum_price_too_precise")]
    public void A_bad_name_your_price_minimum_is_refused_at_the_minimum(string minimum, string code)
    {
        var errors = Check(Good with
        {
            PriceMode = PriceMode.NameYourPrice, Price = 20m, MinimumPrice = decimal.Parse(minimum, System.Globalization.CultureInfo.InvariantCulture),
        });

        var error = Assert.Single(errors);
        Assert.Equal(code, error.Code);
        Assert.Equal(nameof(SaveProductCommand.MinimumPrice), error.Field);
    }

    [Fact]
    public void Name_your_price_needs_its_minimum() =>
        Assert.Equal("marketplace.minimum_price_required",
            Assert.Single(Check(Good with { PriceMode = PriceMode.NameYourPrice, Price = 20m, MinimumPrice = null })).Code);

    [Fact]
    public void A_minimum_equal_to_the_price_is_fine() =>
        Assert.Empty(Check(Good with { PriceMode = PriceMode.NameYourPrice, Price = 5m, MinimumPrice = 5m }));

    [Theory]
    [InlineData(null)]
    [InlineData(999)]
    public void A_listing_that_does_not_say_what_it_is_is_refused_at_the_kind(int? kind)
    {
        var error = Assert.Single(Check(Good with { ProductKind = (ProductKind?)kind }));

        Assert.Equal("marketplace.product_kind_required", error.Code);
        Assert.Equal(nameof(SaveProductCommand.ProductKind), error.Field);
    }

    [Fact]
    public void Other_is_a_kind_a_listing_may_be() => Assert.Empty(Check(Good with { ProductKind = ProductKind.Other }));

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void A_custom_licence_without_its_text_is_refused_at_the_licence_text(string? text)
    {
        var error = Assert.Single(Check(Good with { LicenseType = LicenseType.Custom, LicenseText = text }));

        Assert.Equal("marketplace.license_text_required", error.Code);
        Assert.Equal(nameof(SaveProductCommand.LicenseText), error.Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(19)]
    [InlineData(401)]
    [InlineData(1000)]
    public void A_bpm_outside_20_to_400_is_refused_at_the_bpm(int bpm)
    {
        var error = Assert.Single(Check(Good with { TechnicalDetails = Good.TechnicalDetails with { Bpm = bpm } }));

        Assert.Equal("marketplace.bpm_out_of_range", error.Code);
        Assert.Equal(nameof(ProductTechnicalDetails.Bpm), error.Field);
    }

    [Fact]
    public void Technical_details_only_take_values_from_their_lists()
    {
        var errors = Check(Good with
        {
            TechnicalDetails = new ProductTechnicalDetails { Key = "H major", SampleRateHz = 44000, BitDepth = 12, LengthSeconds = 0 },
        });

        Assert.Equal(
            [nameof(ProductTechnicalDetails.Key), nameof(ProductTechnicalDetails.SampleRateHz), nameof(ProductTechnicalDetails.BitDepth),
                nameof(ProductTechnicalDetails.LengthSeconds)],
            errors.Select(e => e.Field));
    }

    [Theory]
    [InlineData("", "marketplace.title_required")]
    [InlineData("   ", "marketplace.title_required")]
    public void A_missing_title_is_refused_at_the_title(string title, string code)
    {
        var error = Assert.Single(Check(Good with { Title = title }));

        Assert.Equal(code, error.Code);
        Assert.Equal(nameof(SaveProductCommand.Title), error.Field);
    }

    [Fact]
    public void A_title_over_the_limit_is_refused_at_the_title() =>
        Assert.Equal("marketplace.title_too_long", Assert.Single(Check(Good with { Title = new string('a', Product.TitleMaxLength + 1) })).Code);

    [Fact]
    public void A_listing_needs_a_category() =>
        Assert.Equal(nameof(SaveProductCommand.CategoryId), Assert.Single(Check(Good with { CategoryId = null })).Field);

    [Fact]
    public void A_tag_that_is_not_one_hashtag_is_refused_at_the_tags() =>
        Assert.Equal("marketplace.tag_invalid", Assert.Single(Check(Good with { Tags = ["lo-fi"] })).Code);

    /// <summary>The message quoted the whole refused tag: a pasted paragraph (the field keeps 400 characters) came back whole.</summary>
    [Fact]
    public void A_long_refused_tag_is_quoted_shortened()
    {
        var error = Assert.Single(Check(Good with { Tags = [new string('y', 400)] }));

        Assert.Equal($"\"{new string('y', 29)}…\" is not a tag: use letters, digits and _ (up to 30).", error.Message);
        Assert.Equal(nameof(SaveProductCommand.Tags), error.Field);
    }

    [Fact]
    public void A_refused_tag_of_emoji_is_not_cut_inside_one()
    {
        var error = Assert.Single(Check(Good with { Tags = [string.Concat(Enumerable.Repeat("🔥", 200))] }));

        Assert.StartsWith($"\"{string.Concat(Enumerable.Repeat("🔥", 14))}…\" is not a tag", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_refused_tag_is_quoted_as_typed() =>
        Assert.Equal("\"lo-fi\" is not a tag: use letters, digits and _ (up to 30).", Assert.Single(Check(Good with { Tags = [" lo-fi "] })).Message);

    [Fact]
    public void Stored_tags_are_the_typed_tags_and_the_descriptions_hashtags_once_each() =>
        Assert.Equal(["dark", "trap", "808"], ProductValidation.TagsOf(Good with { Tags = ["#Dark", "trap"] }));

    [Fact]
    public void Technical_details_round_trip_through_their_json()
    {
        var details = new ProductTechnicalDetails { Bpm = 90, Key = "F# minor", SampleRateHz = 48000, BitDepth = 24, LengthSeconds = 125, Format = "Ableton 12" };

        var json = details.ToJson();

        Assert.Contains("\"sample_rate_hz\":48000", json);
        Assert.Equal(details, ProductTechnicalDetails.FromJson(json));
        Assert.Null(new ProductTechnicalDetails().ToJson());
    }
}
