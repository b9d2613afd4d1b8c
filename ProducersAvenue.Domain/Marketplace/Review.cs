using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Marketplace;

/// <summary><c>reviews</c>: one review per reviewer per product, service or webinar (polymorphic <see cref="ReviewableId"/>).</summary>
public class Review : IHasTimestamps
{
    public const int MinRating = 1;
    public const int MaxRating = 5;
    public const int TextMaxLength = 5000;

    public Guid Id { get; set; }
    public Guid ReviewerId { get; set; }
    public ReviewableType ReviewableType { get; set; }
    public Guid ReviewableId { get; set; }
    /// <summary>The seller of the reviewed item, for filtering.</summary>
    public Guid SellerId { get; set; }
    public int Rating { get; set; }
    public string? ReviewText { get; set; }
    public string? SellerResponse { get; set; }
    public DateTimeOffset? SellerRespondedAt { get; set; }
    public bool IsVerifiedPurchase { get; set; }
    public int HelpfulCount { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
