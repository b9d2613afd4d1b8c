namespace ProducersAvenue.Domain.Marketplace.Reviews;

/// <summary>
/// A listing's reviews at a glance: the count and average the triggers keep on the listing, the count per star
/// (<see cref="Stars"/>[0] is one star), and what the viewer may do: review it, or (the seller) respond.
/// </summary>
public sealed record ReviewSummary(int Count, decimal Average, IReadOnlyList<int> Stars, ReviewEligibility Eligibility, bool ViewerIsSeller)
{
    public static ReviewSummary None { get; } = new(0, 0, [0, 0, 0, 0, 0], ReviewEligibility.NotFound, false);
}
