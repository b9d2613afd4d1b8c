using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Social;

/// <summary><c>post_likes</c>: one member liking one post.</summary>
public class PostLike : IHasCreatedAt
{
    public Guid Id { get; set; }
    public Guid PostId { get; set; }
    public Guid UserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
