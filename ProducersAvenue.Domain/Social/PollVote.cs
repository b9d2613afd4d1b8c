using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Social;

/// <summary><c>poll_votes</c> (implied by "one vote per member"): a member's vote on a poll post.</summary>
public class PollVote : IHasCreatedAt
{
    public Guid Id { get; set; }
    public Guid PostId { get; set; }
    public Guid UserId { get; set; }
    /// <summary>Zero-based index into the post's <c>poll_options</c>.</summary>
    public int OptionIndex { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
