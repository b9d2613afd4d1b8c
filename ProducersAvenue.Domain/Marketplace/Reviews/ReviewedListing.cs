using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Marketplace.Reviews;

/// <summary>
/// The product or service a review is about, as the caller may see it (Row Level Security: listed, or the caller's own):
/// its seller, its page, and the count and average the review triggers keep on it.
/// </summary>
public sealed record ReviewedListing(Guid SellerId, string Title, string Url, int ReviewsCount, decimal RatingAverage)
{
    public static async Task<ReviewedListing?> FindAsync(AppDbContext db, ReviewableType type, Guid id, CancellationToken ct) => type switch
    {
        ReviewableType.Product => await db.Products.AsNoTracking().Where(p => p.Id == id && p.Status != ListingStatus.Deleted)
            .Select(p => new ReviewedListing(p.SellerId, p.Title, "/market/products/" + p.Slug, p.ReviewsCount, p.RatingAverage))
            .FirstOrDefaultAsync(ct),
        ReviewableType.Service => await db.Services.AsNoTracking().Where(s => s.Id == id && s.Status != ListingStatus.Deleted)
            .Select(s => new ReviewedListing(s.SellerId, s.Title, "/market/services/" + s.Slug, s.ReviewsCount, s.RatingAverage))
            .FirstOrDefaultAsync(ct),
        _ => null,
    };
}
