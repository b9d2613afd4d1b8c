using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Groups;

/// <summary><c>group_post_likes</c> (implied by <c>group_posts.likes_count</c>): one member liking one group post.</summary>
public class GroupPostLike : IHasCreatedAt
{
    public Guid Id { get; set; }
    public Guid GroupPostId { get; set; }
    public Guid UserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
