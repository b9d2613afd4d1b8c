using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Social;

namespace ProducersAvenue.Domain.Groups;

/// <summary><c>group_posts</c>: a post inside a group; <see cref="IsApproved"/> is false while it awaits approval.</summary>
public class GroupPost : IHasTimestamps
{
    public const int ContentMaxLength = Post.ContentMaxLength;
    public const int UrlMaxLength = Post.UrlMaxLength;

    public Guid Id { get; set; }
    public Guid GroupId { get; set; }
    public Guid UserId { get; set; }
    public string? Content { get; set; }
    public string[]? MediaUrls { get; set; }
    public string? LinkUrl { get; set; }
    /// <summary>JSON <c>{title, description, image}</c>.</summary>
    public string? LinkPreview { get; set; }
    public PostType PostType { get; set; } = PostType.Text;
    public bool IsPinned { get; set; }
    public bool IsApproved { get; set; } = true;
    public int LikesCount { get; set; }
    public int CommentsCount { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
