using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Social;

/// <summary><c>comment_likes</c> (implied by <c>comments.likes_count</c>): one member liking one comment.</summary>
public class CommentLike : IHasCreatedAt
{
    public Guid Id { get; set; }
    public Guid CommentId { get; set; }
    public Guid UserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
