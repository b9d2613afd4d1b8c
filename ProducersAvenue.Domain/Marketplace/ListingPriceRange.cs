using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Finance;

namespace ProducersAvenue.Domain.Marketplace;

/// <summary>
/// The prices a paid listing may ask — a product's price or minimum, a service package's price: at least
/// <see cref="FeeOptions.MinimumPaidPriceCents"/>, at most <see cref="MoneyOptions.MaximumPriceCents"/>, in whole cents.
/// The listing rules name what is wrong with a price; the forms' live "what you receive" shows only for a price in range.
/// </summary>
public sealed class ListingPriceRange(IOptions<FeeOptions> fees, IOptions<MoneyOptions> money)
{
    public decimal Minimum => fees.Value.MinimumPaidPriceCents / 100m;
    public decimal Maximum => money.Value.MaximumPriceCents / 100m;

    /// <summary>The price in cents when a paid listing may ask it; null when it is missing, out of range or finer than a cent.</summary>
    public long? CentsOf(decimal? price) =>
        price is { } p && p >= Minimum && p <= Maximum && decimal.Round(p, 2) == p ? (long)(p * 100) : null;
}
