using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Marketplace.Reviews;

namespace ProducersAvenue.Domain.Marketplace;

/// <summary>Expected failures of reviews: the <c>review.*</c> entries of the marketplace's catalogue (decision 018, 170).</summary>
public static partial class MarketplaceErrors
{
    public static readonly Error ReviewListingNotFound = new("review.listing_not_found", "That listing was not found.");
    public static readonly Error ReviewNotVerified = new("review.not_verified",
        "Only members who got this product, or completed an order of this service, can review it.");
    public static readonly Error ReviewOwnListing = new("review.own_listing", "You cannot review your own listing.");
    public static readonly Error ReviewAlreadyWritten = new("review.already_written",
        "You have already reviewed this. Edit your review instead.");
    public static readonly Error ReviewRatingOutOfRange = new("review.rating_out_of_range",
        $"Choose from {Review.MinRating} to {Review.MaxRating} stars.", nameof(WriteReviewCommand.Rating));
    public static Error ReviewTextTooLong(int max) => new("review.text_too_long",
        $"Keep the review within {max:N0} characters.", nameof(WriteReviewCommand.Text));
    public static readonly Error ReviewNotFound = new("review.not_found", "That review was not found.");
    public static readonly Error ReviewNotYours = new("review.not_yours", "Only its author can change a review.");
    public static readonly Error ReviewNotTheSeller = new("review.not_the_seller", "Only the seller of this listing can respond.");
    public static readonly Error ReviewAlreadyAnswered = new("review.already_answered",
        "You have already responded to this review.", ReviewFields.Response);
    public static readonly Error ReviewResponseRequired = new("review.response_required", "Write a response first.", ReviewFields.Response);
    public static Error ReviewResponseTooLong(int max) => new("review.response_too_long",
        $"Keep the response within {max:N0} characters.", ReviewFields.Response);
    public static readonly Error ReviewOwnHelpful = new("review.own_helpful", "You cannot mark your own review as helpful.");
    public static readonly Error ReviewOwnListingHelpful = new("review.own_listing_helpful",
        "You cannot mark reviews of your own listing as helpful.");
}
