using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Marketplace;

/// <summary>How a listing is priced: a fixed price, free, or name-your-price above a minimum.</summary>
public enum PriceMode
{
    Paid,
    Free,
    NameYourPrice,
}

/// <summary>
/// What the listing form sends to create or edit a product. Image, preview-audio and preview-video URLs and file keys are ones the page
/// got from <see cref="ProductUploads"/>; the service accepts only the seller's own uploads.
/// </summary>
public sealed record SaveProductCommand
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    /// <summary>What it is (decision 252); the form asks, and a listing cannot be saved without it.</summary>
    public ProductKind? ProductKind { get; init; }
    public PriceMode PriceMode { get; init; } = PriceMode.Paid;
    /// <summary>The price in dollars (the suggested price for name-your-price); ignored when free.</summary>
    public decimal? Price { get; init; }
    /// <summary>The lowest price a buyer may pay for name-your-price.</summary>
    public decimal? MinimumPrice { get; init; }
    public LicenseType LicenseType { get; init; } = LicenseType.Personal;
    public string? LicenseText { get; init; }
    public Guid? CategoryId { get; init; }
    /// <summary>Tags as typed (with or without '#'); hashtags in the description are added to them.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
    /// <summary>Genre slugs from the genre list.</summary>
    public IReadOnlyList<string> GenreTags { get; init; } = [];
    public ProductTechnicalDetails TechnicalDetails { get; init; } = new();
    public string? ThumbnailUrl { get; init; }
    public IReadOnlyList<string> PreviewImages { get; init; } = [];
    public string? PreviewAudioUrl { get; init; }
    /// <summary>A short MP4 or WebM clip buyers watch before they buy; a listing may have it, the audio, both or neither.</summary>
    public string? PreviewVideoUrl { get; init; }
    public IReadOnlyList<ProductFile> Files { get; init; } = [];

    /// <summary>The same command with every text the member typed passed through <see cref="TextInput.Clean(string?)"/>.</summary>
    internal SaveProductCommand Cleaned() => this with
    {
        Title = TextInput.Clean(Title),
        Description = TextInput.Clean(Description),
        LicenseText = TextInput.Clean(LicenseText),
        Tags = TextInput.Clean(Tags),
        GenreTags = TextInput.Clean(GenreTags),
        TechnicalDetails = TechnicalDetails with { Key = TextInput.Clean(TechnicalDetails.Key), Format = TextInput.Clean(TechnicalDetails.Format) },
    };
}

/// <summary>A product file stored through <c>PrivateFiles</c>: its private key, the name it was uploaded with, its size and type.</summary>
public sealed record ProductFile(string Key, string Name, long SizeBytes, string Type);
