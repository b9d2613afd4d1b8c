namespace ProducersAvenue.Domain.Marketplace.Reviews;

/// <summary>A review of a listing (<see cref="Type"/>, <see cref="ItemId"/>): 1–5 stars and optional Markdown text.</summary>
public sealed record WriteReviewCommand(ReviewableType Type, Guid ItemId, int Rating, string? Text);
