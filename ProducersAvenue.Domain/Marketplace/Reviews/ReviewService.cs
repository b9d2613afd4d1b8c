using Microsoft.EntityFrameworkCore;
using Npgsql;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Marketplace.Reviews;

/// <summary>
/// Verified reviews (decision 170): a member who got the product or completed an order of the service reviews it once
/// (1–5 stars, optional Markdown text rendered safe like posts), edits or deletes their review; the listing's seller
/// responds once; members mark others' reviews helpful (a toggle). Who may review is <c>review_eligibility</c>, the one
/// rule, which the insert policy of <c>reviews</c> applies again; a guard trigger keeps each party to their columns.
/// Each command is one unit of work (decision 016); the seller hears of a new review through <see cref="INotifier"/>.
/// </summary>
public sealed class ReviewService(UnitOfWork units, ICurrentUser user, INotifier notifier, IPublicPageCache pages, TimeProvider clock)
{
    public async Task<Result<Guid>> WriteAsync(WriteReviewCommand command, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        var text = Cleaned(command.Text);
        var errors = Validate(command.Rating, text);
        if (errors.Count > 0) return Result<Guid>.Fail(errors);
        return await units.RunAsync<Result<Guid>>(async (db, ct) =>
        {
            var eligibility = await EligibilityAsync(db, me, command.Type, command.ItemId, ct);
            if (eligibility != ReviewEligibility.Eligible) return RefusalOf(eligibility);
            var listing = await ReviewedListing.FindAsync(db, command.Type, command.ItemId, ct);
            if (listing is null) return MarketplaceErrors.ReviewListingNotFound;
            var review = new Review
            {
                Id = Guid.CreateVersion7(), ReviewerId = me, ReviewableType = command.Type, ReviewableId = command.ItemId,
                SellerId = listing.SellerId, Rating = command.Rating, ReviewText = text, IsVerifiedPurchase = true,
            };
            db.Reviews.Add(review);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                return MarketplaceErrors.ReviewAlreadyWritten; // a second tab or a double click: the unique index decides
            }
            var reviewer = await db.UserProfiles.Where(p => p.UserId == me).Select(p => p.Username).FirstOrDefaultAsync(ct);
            await notifier.NotifyAsync(new NotificationRequest(listing.SellerId, NotificationType.Review,
                $"@{reviewer} reviewed “{listing.Title}”", $"{Stars(command.Rating)} {PlainText.Excerpt(text, 120)}".TrimEnd(),
                listing.Url + "#reviews", me, review.Id), ct);
            UnitOfWork.AfterCommit(pages.Evict); // the listing page and its cards show the average (decision 121)
            return review.Id;
        }, cancellationToken);
    }

    /// <summary>The author changes their stars and text; the seller's response stays as it was.</summary>
    public async Task<Result> EditAsync(Guid reviewId, int rating, string? text, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        var cleaned = Cleaned(text);
        var errors = Validate(rating, cleaned);
        if (errors.Count > 0) return Result.Failure(errors);
        return await units.RunAsync<Result>(async (db, ct) =>
        {
            var review = await db.Reviews.FirstOrDefaultAsync(r => r.Id == reviewId, ct);
            if (review is null) return MarketplaceErrors.ReviewNotFound;
            if (review.ReviewerId != me) return MarketplaceErrors.ReviewNotYours;
            review.Rating = rating;
            review.ReviewText = cleaned;
            await db.SaveChangesAsync(ct);
            UnitOfWork.AfterCommit(pages.Evict);
            return Result.Success();
        }, cancellationToken);
    }

    /// <summary>The author removes their review (admins may remove any); the listing's average follows by trigger.</summary>
    public async Task<Result> DeleteAsync(Guid reviewId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        return await units.RunAsync<Result>(async (db, ct) =>
        {
            var review = await db.Reviews.FirstOrDefaultAsync(r => r.Id == reviewId, ct);
            if (review is null) return MarketplaceErrors.ReviewNotFound;
            if (review.ReviewerId != me && !user.IsAdmin) return MarketplaceErrors.ReviewNotYours;
            db.Reviews.Remove(review);
            await db.SaveChangesAsync(ct);
            UnitOfWork.AfterCommit(pages.Evict);
            return Result.Success();
        }, cancellationToken);
    }

    /// <summary>The listing's seller answers a review, once.</summary>
    public async Task<Result> RespondAsync(Guid reviewId, string? response, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        var text = Cleaned(response);
        if (text is null) return MarketplaceErrors.ReviewResponseRequired;
        if (text.Length > Review.TextMaxLength) return MarketplaceErrors.ReviewResponseTooLong(Review.TextMaxLength);
        return await units.RunAsync<Result>(async (db, ct) =>
        {
            var review = await db.Reviews.FirstOrDefaultAsync(r => r.Id == reviewId, ct);
            if (review is null) return MarketplaceErrors.ReviewNotFound;
            if (review.SellerId != me) return MarketplaceErrors.ReviewNotTheSeller;
            if (review.SellerResponse is not null) return MarketplaceErrors.ReviewAlreadyAnswered;
            review.SellerResponse = text;
            review.SellerRespondedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
            // The reviewer hears the answer, as the seller heard the review.
            if (await ReviewedListing.FindAsync(db, review.ReviewableType, review.ReviewableId, ct) is { } listing)
            {
                var seller = await db.UserProfiles.Where(p => p.UserId == me).Select(p => p.Username).FirstOrDefaultAsync(ct);
                await notifier.NotifyAsync(new NotificationRequest(review.ReviewerId, NotificationType.Review,
                    $"@{seller} answered your review of “{listing.Title}”", PlainText.Excerpt(text, 120) ?? "", listing.Url + "#reviews", me, review.Id), ct);
            }
            UnitOfWork.AfterCommit(pages.Evict);
            return Result.Success();
        }, cancellationToken);
    }

    /// <summary>Marks another member's review of someone else's listing helpful, or takes the mark back; true when it is marked now.</summary>
    public async Task<Result<bool>> ToggleHelpfulAsync(Guid reviewId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        return await units.RunAsync<Result<bool>>(async (db, ct) =>
        {
            var review = await db.Reviews.Where(r => r.Id == reviewId).Select(r => new { r.ReviewerId, r.SellerId }).FirstOrDefaultAsync(ct);
            if (review is null) return MarketplaceErrors.ReviewNotFound;
            if (review.ReviewerId == me) return MarketplaceErrors.ReviewOwnHelpful;
            // A seller lifting the praise of their own listing to the top of "Most helpful" is not a reader's vote.
            if (review.SellerId == me) return MarketplaceErrors.ReviewOwnListingHelpful;
            // Plain statements: the count moves in trg_review_helpful_marks_count; a race of two clicks ends on the key.
            var removed = await db.Database.ExecuteSqlInterpolatedAsync(
                $"DELETE FROM review_helpful_marks WHERE review_id = {reviewId} AND user_id = {me}", ct);
            if (removed > 0) return false;
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO review_helpful_marks (review_id, user_id) VALUES ({reviewId}, {me}) ON CONFLICT DO NOTHING", ct);
            return true;
        }, cancellationToken);
    }

    /// <summary>What <c>review_eligibility</c> says of the caller and this listing, and whether they reviewed it already.</summary>
    internal static async Task<ReviewEligibility> EligibilityAsync(AppDbContext db, Guid me, ReviewableType type, Guid itemId, CancellationToken ct)
    {
        var typeText = EnumText<ReviewableType>.ToText(type);
        var outcome = await db.Database.SqlQuery<string>($"SELECT review_eligibility({typeText}, {itemId}) AS \"Value\"").SingleAsync(ct);
        return outcome switch
        {
            "eligible" => await db.Reviews.AnyAsync(r => r.ReviewerId == me && r.ReviewableType == type && r.ReviewableId == itemId, ct)
                ? ReviewEligibility.AlreadyReviewed : ReviewEligibility.Eligible,
            "sign_in_required" => ReviewEligibility.SignInRequired,
            "own_listing" => ReviewEligibility.OwnListing,
            "not_verified" => ReviewEligibility.NotVerified,
            _ => ReviewEligibility.NotFound,
        };
    }

    private static Error RefusalOf(ReviewEligibility eligibility) => eligibility switch
    {
        ReviewEligibility.SignInRequired => Error.SignInRequired,
        ReviewEligibility.OwnListing => MarketplaceErrors.ReviewOwnListing,
        ReviewEligibility.NotVerified => MarketplaceErrors.ReviewNotVerified,
        ReviewEligibility.AlreadyReviewed => MarketplaceErrors.ReviewAlreadyWritten,
        _ => MarketplaceErrors.ReviewListingNotFound,
    };

    private static List<Error> Validate(int rating, string? text)
    {
        var errors = new List<Error>();
        if (rating is < Review.MinRating or > Review.MaxRating) errors.Add(MarketplaceErrors.ReviewRatingOutOfRange);
        if (text is { Length: > Review.TextMaxLength }) errors.Add(MarketplaceErrors.ReviewTextTooLong(Review.TextMaxLength));
        return errors;
    }

    private static string? Cleaned(string? text) => TextInput.Clean(text)?.Trim() is { Length: > 0 } t ? t : null;

    private static string Stars(int rating) => new string('★', rating) + new string('☆', Review.MaxRating - rating);
}
