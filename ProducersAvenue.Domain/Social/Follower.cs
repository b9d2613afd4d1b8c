using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Social;

/// <summary><c>followers</c>: a one-way follow. Two rows in opposite directions make the pair "Connected".</summary>
public class Follower : IHasCreatedAt
{
    public Guid Id { get; set; }
    /// <summary>Who is following.</summary>
    public Guid FollowerId { get; set; }
    /// <summary>Who is being followed.</summary>
    public Guid FollowingId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
