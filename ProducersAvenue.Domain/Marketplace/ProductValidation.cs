using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Finance;

namespace ProducersAvenue.Domain.Marketplace;

/// <summary>
/// The listing rules that need no database: title, description, kind, price (paid at least the minimum paid price, two decimals,
/// leaving the seller something by <see cref="SellerEarnings"/>), name-your-price minimum, licence, tags and technical
/// details. At most one error per field. The service adds the checks that ask the database (title taken, category, genres,
/// uploads).
/// </summary>
public sealed class ProductValidation(SellerEarnings earnings, ListingPriceRange prices, Microsoft.Extensions.Options.IOptions<MarketplaceOptions> options)
{
    private decimal MinimumPaidPrice => prices.Minimum;
    private decimal MaximumPrice => prices.Maximum;

    public List<Error> Validate(SaveProductCommand c, SubscriptionTier tier, bool isPartnerAccount)
    {
        var errors = new List<Error>();
        var title = c.Title?.Trim() ?? "";
        if (title.Length == 0) errors.Add(MarketplaceErrors.TitleRequired);
        else if (title.Length > Product.TitleMaxLength) errors.Add(MarketplaceErrors.TitleTooLong(Product.TitleMaxLength));
        if ((c.Description?.Trim().Length ?? 0) > Product.DescriptionMaxLength) errors.Add(MarketplaceErrors.DescriptionTooLong(Product.DescriptionMaxLength));

        errors.AddRange(ValidatePrice(c, tier, isPartnerAccount));

        if (c.LicenseType == LicenseType.Custom && string.IsNullOrWhiteSpace(c.LicenseText)) errors.Add(MarketplaceErrors.LicenseTextRequired);
        else if ((c.LicenseText?.Trim().Length ?? 0) > Product.LicenseTextMaxLength) errors.Add(MarketplaceErrors.LicenseTextTooLong(Product.LicenseTextMaxLength));

        if (c.ProductKind is not { } kind || !Enum.IsDefined(kind)) errors.Add(MarketplaceErrors.ProductKindRequired);
        if (c.CategoryId is null) errors.Add(MarketplaceErrors.CategoryRequired);
        if (TagError(c.Tags) is { } tagError) errors.Add(tagError);
        if (c.GenreTags.Count > options.Value.MaxGenres) errors.Add(MarketplaceErrors.TooManyGenres(options.Value.MaxGenres));
        errors.AddRange(ValidateDetails(c.TechnicalDetails));

        if (c.PreviewImages.Count > options.Value.MaxPreviewImages) errors.Add(MarketplaceErrors.TooManyImages(options.Value.MaxPreviewImages));
        if (c.Files.Count > options.Value.MaxFiles) errors.Add(MarketplaceErrors.TooManyFiles(options.Value.MaxFiles));
        return errors;
    }

    /// <summary>
    /// The tags a listing stores: the typed ones (with or without '#') and the hashtags of the title and the description,
    /// as hashtag slugs (decision 041). They feed <c>tags</c> while the listing is listed (decision 175).
    /// </summary>
    public static string[] TagsOf(SaveProductCommand c) =>
        [.. c.Tags.Select(Hashtags.SlugOf).OfType<string>().Concat(Hashtags.Extract(c.Title)).Concat(Hashtags.Extract(c.Description)).Distinct(StringComparer.Ordinal)];

    private IEnumerable<Error> ValidatePrice(SaveProductCommand c, SubscriptionTier tier, bool isPartnerAccount)
    {
        if (c.PriceMode == PriceMode.Free) yield break;
        if (c.Price is not { } price)
        {
            yield return MarketplaceErrors.PriceRequired;
            yield break;
        }
        var priceError = price switch
        {
            < 0 => MarketplaceErrors.PriceNegative,
            _ when decimal.Round(price, 2) != price => MarketplaceErrors.PriceTooPrecise,
            _ when price > MaximumPrice => MarketplaceErrors.PriceTooHigh(MaximumPrice),
            _ when price < MinimumPaidPrice => MarketplaceErrors.PriceBelowMinimum(MinimumPaidPrice),
            _ when !earnings.IsSellablePrice((long)(price * 100), tier, isPartnerAccount) => MarketplaceErrors.PriceLeavesNothing,
            _ => null,
        };
        if (priceError is not null) yield return priceError;
        if (c.PriceMode != PriceMode.NameYourPrice) yield break;

        if (c.MinimumPrice is not { } minimum) yield return MarketplaceErrors.MinimumPriceRequired;
        else if (decimal.Round(minimum, 2) != minimum) yield return MarketplaceErrors.MinimumPriceTooPrecise;
        else if (minimum < MinimumPaidPrice) yield return MarketplaceErrors.MinimumPriceTooLow(MinimumPaidPrice);
        else if (priceError is null && minimum > price) yield return MarketplaceErrors.MinimumAbovePrice;
    }

    private Error? TagError(IReadOnlyList<string> tags)
    {
        var typed = tags.Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        if (typed.Count > options.Value.MaxTags) return MarketplaceErrors.TooManyTags(options.Value.MaxTags);
        return typed.FirstOrDefault(t => Hashtags.SlugOf(t) is null) is { } bad ? MarketplaceErrors.TagInvalid(bad.Trim()) : null;
    }


    private static IEnumerable<Error> ValidateDetails(ProductTechnicalDetails d)
    {
        if (d.Bpm is { } bpm && ProductTechnicalDetails.BpmError(bpm) is { } bpmError) yield return bpmError;
        if (!string.IsNullOrWhiteSpace(d.Key) && !ProductTechnicalDetails.Keys.Contains(d.Key.Trim())) yield return MarketplaceErrors.KeyUnknown;
        if (d.SampleRateHz is { } rate && !ProductTechnicalDetails.SampleRates.Contains(rate)) yield return MarketplaceErrors.SampleRateUnknown;
        if (d.BitDepth is { } depth && !ProductTechnicalDetails.BitDepths.Contains(depth)) yield return MarketplaceErrors.BitDepthUnknown;
        if (d.LengthSeconds is { } length && length is < 1 or > ProductTechnicalDetails.MaxLengthSeconds)
            yield return MarketplaceErrors.LengthOutOfRange(ProductTechnicalDetails.MaxLengthSeconds);
        if ((d.Format?.Trim().Length ?? 0) > ProductTechnicalDetails.FormatMaxLength) yield return MarketplaceErrors.FormatTooLong(ProductTechnicalDetails.FormatMaxLength);
    }
}
