namespace ProducersAvenue.Domain.Marketplace.Reviews;

/// <summary>
/// Whether the viewer may review a listing, as <c>review_eligibility</c> decides it (the one rule, also the insert policy
/// of <c>reviews</c>), plus "already reviewed", which the unique index holds.
/// </summary>
public enum ReviewEligibility
{
    SignInRequired,
    Eligible,
    NotVerified,
    OwnListing,
    AlreadyReviewed,
    NotFound,
}
