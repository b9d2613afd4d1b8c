namespace ProducersAvenue.Domain.Marketplace.Reviews;

/// <summary>
/// A review as a listing shows it. <see cref="ReviewerUsername"/> is null when the reviewer's profile is hidden from the
/// viewer (the review still shows, as by a verified buyer). <see cref="MarkedHelpful"/>: the viewer's own mark.
/// </summary>
public sealed record ReviewListItem(
    Guid Id, Guid ReviewerId, string ReviewerName, string? ReviewerUsername, string? ReviewerAvatarUrl, int Rating, string? Text,
    bool IsVerifiedPurchase, int HelpfulCount, bool MarkedHelpful, string? SellerResponse, DateTimeOffset? SellerRespondedAt,
    DateTimeOffset CreatedAt, bool IsOwn, bool CanRespond);
