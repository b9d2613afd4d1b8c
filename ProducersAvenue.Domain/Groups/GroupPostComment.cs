using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Social;

namespace ProducersAvenue.Domain.Groups;

/// <summary><c>group_post_comments</c> (implied by <c>group_posts.comments_count</c>): a comment on a group post; <see cref="ParentCommentId"/> makes it a reply.</summary>
public class GroupPostComment : IHasTimestamps
{
    public const int ContentMaxLength = Comment.ContentMaxLength;
    public const int HiddenReasonMaxLength = Comment.HiddenReasonMaxLength;

    public Guid Id { get; set; }
    public Guid GroupPostId { get; set; }
    public Guid UserId { get; set; }
    public Guid? ParentCommentId { get; set; }
    public string? Content { get; set; }
    public int LikesCount { get; set; }
    public bool IsHidden { get; set; }
    public string? HiddenReason { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
