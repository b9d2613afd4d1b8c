using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Profiles;

namespace ProducersAvenue.Domain.Marketplace.Reviews;

/// <summary>
/// A listing's reviews for its page: the summary (count, average, count per star, what the viewer may do) and the list,
/// newest or most helpful first, <see cref="PageSize"/> at a time on a keyset. Reviews of banned members are left out
/// (<c>app_banned_members</c>, as comments do); a reviewer whose profile the viewer may not see shows as a verified
/// buyer without name or picture. Closed accounts take their reviews with them (decision 014).
/// </summary>
public sealed class ReviewQueries(IDbContextFactory<AppDbContext> contexts, ICurrentUser user)
{
    public const int PageSize = 10;
    /// <summary>The most pages one read returns: a list reopened as long as it was left ("Show more" followed as a link).</summary>
    public const int MostPagesAtOnce = 5;
    public const string HiddenReviewerName = "Verified buyer";

    public async Task<ReviewSummary> SummaryAsync(ReviewableType type, Guid itemId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var listing = await ReviewedListing.FindAsync(db, type, itemId, cancellationToken);
        if (listing is null) return ReviewSummary.None;
        // The same rows the stats trigger counts, so the bars add up to the listing's count.
        var perStar = await db.Reviews.AsNoTracking().Where(r => r.ReviewableType == type && r.ReviewableId == itemId)
            .GroupBy(r => r.Rating).Select(g => new { Rating = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var stars = Enumerable.Range(Review.MinRating, Review.MaxRating)
            .Select(star => perStar.FirstOrDefault(s => s.Rating == star)?.Count ?? 0).ToList();
        var eligibility = user.UserId is { } me
            ? await ReviewService.EligibilityAsync(db, me, type, itemId, cancellationToken)
            : ReviewEligibility.SignInRequired;
        return new ReviewSummary(listing.ReviewsCount, listing.RatingAverage, stars, eligibility, listing.SellerId == user.UserId);
    }

    public async Task<KeysetPage<ReviewListItem>> ListAsync(ReviewableType type, Guid itemId, ReviewSort sort = ReviewSort.Newest,
        string? cursor = null, int pages = 1, CancellationToken cancellationToken = default)
    {
        var take = PageSize * Math.Clamp(pages, 1, MostPagesAtOnce);
        var after = ReviewCursor.Decode(cursor);
        var me = user.UserId ?? Guid.Empty;
        var typeText = EnumText<ReviewableType>.ToText(type);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = sort == ReviewSort.MostHelpful
            ? db.Database.SqlQuery<Row>($"""
                SELECT r.id, r.reviewer_id, r.seller_id, r.rating, r.review_text, r.is_verified_purchase, r.helpful_count,
                       r.seller_response, r.seller_responded_at, r.created_at, p.username, p.display_name, p.avatar_url,
                       EXISTS (SELECT 1 FROM review_helpful_marks m WHERE m.review_id = r.id AND m.user_id = {me}) AS marked_helpful
                FROM reviews r LEFT JOIN user_profiles p ON p.user_id = r.reviewer_id
                WHERE r.reviewable_type = {typeText} AND r.reviewable_id = {itemId}
                  AND r.reviewer_id NOT IN (SELECT b FROM app_banned_members() b)
                  AND (r.helpful_count, r.created_at, r.id) < ({after.Helpful}, {after.CreatedAt}, {after.Id})
                ORDER BY r.helpful_count DESC, r.created_at DESC, r.id DESC LIMIT {take + 1}
                """)
            : db.Database.SqlQuery<Row>($"""
                SELECT r.id, r.reviewer_id, r.seller_id, r.rating, r.review_text, r.is_verified_purchase, r.helpful_count,
                       r.seller_response, r.seller_responded_at, r.created_at, p.username, p.display_name, p.avatar_url,
                       EXISTS (SELECT 1 FROM review_helpful_marks m WHERE m.review_id = r.id AND m.user_id = {me}) AS marked_helpful
                FROM reviews r LEFT JOIN user_profiles p ON p.user_id = r.reviewer_id
                WHERE r.reviewable_type = {typeText} AND r.reviewable_id = {itemId}
                  AND r.reviewer_id NOT IN (SELECT b FROM app_banned_members() b)
                  AND (r.created_at, r.id) < ({after.CreatedAt}, {after.Id})
                ORDER BY r.created_at DESC, r.id DESC LIMIT {take + 1}
                """);
        var rows = await query.ToListAsync(cancellationToken);
        var items = rows.Take(take).Select(r => new ReviewListItem(
            r.Id, r.ReviewerId, r.Username is null ? HiddenReviewerName : UserProfile.NameOf(r.Username, r.DisplayName), r.Username,
            r.AvatarUrl, r.Rating, r.ReviewText, r.IsVerifiedPurchase, r.HelpfulCount, r.MarkedHelpful, r.SellerResponse,
            r.SellerRespondedAt, r.CreatedAt, r.ReviewerId == user.UserId, r.SellerId == user.UserId && r.SellerResponse is null)).ToList();
        var last = rows.Count > take ? rows[take - 1] : null;
        return new KeysetPage<ReviewListItem>(items, last is null ? null : new ReviewCursor(last.HelpfulCount, last.CreatedAt, last.Id).Encode());
    }

    private sealed record Row(
        Guid Id, Guid ReviewerId, Guid SellerId, int Rating, string? ReviewText, bool IsVerifiedPurchase, int HelpfulCount,
        string? SellerResponse, DateTimeOffset? SellerRespondedAt, DateTimeOffset CreatedAt, string? Username, string? DisplayName,
        string? AvatarUrl, bool MarkedHelpful);
}
