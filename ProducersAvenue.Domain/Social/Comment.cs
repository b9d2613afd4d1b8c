using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Social;

/// <summary><c>comments</c>: a comment on a post; <see cref="ParentCommentId"/> makes it a reply.</summary>
public class Comment : IHasTimestamps
{
    public const int ContentMaxLength = 5000;
    public const int HiddenReasonMaxLength = 500;

    public Guid Id { get; set; }
    public Guid PostId { get; set; }
    public Guid UserId { get; set; }
    public Guid? ParentCommentId { get; set; }
    public string? Content { get; set; }
    public int LikesCount { get; set; }
    public bool IsHidden { get; set; }
    public string? HiddenReason { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>When the author last changed the text (null: never); <see cref="UpdatedAt"/> also moves with the likes.</summary>
    public DateTimeOffset? EditedAt { get; set; }
}
