namespace ProducersAvenue.Domain.Marketplace;

/// <summary>What the listing form offers: active categories (by id) and genres (by slug, as <c>genre_tags</c> stores them).</summary>
public sealed record ListingChoices(IReadOnlyList<ListingChoice<Guid>> Categories, IReadOnlyList<ListingChoice<string>> Genres);

public sealed record ListingChoice<T>(T Value, string Name);
