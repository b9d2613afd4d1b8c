namespace ProducersAvenue.Domain.Social;

/// <summary>A comment with its replies, for one viewer. <see cref="Level"/> is 1 for a comment on the post.</summary>
public sealed record CommentView
{
    public required Guid Id { get; init; }
    public Guid? ParentId { get; init; }
    public required AuthorView Author { get; init; }
    public string? Content { get; init; }
    public string BodyHtml { get; init; } = "";
    public int Level { get; init; }
    public int LikesCount { get; init; }
    public bool LikedByViewer { get; init; }
    public bool IsHidden { get; init; }
    public string? HiddenReason { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>When the author last changed the text; null if never.</summary>
    public DateTimeOffset? EditedAt { get; init; }
    public bool CanEdit { get; init; }
    public bool CanDelete { get; init; }
    /// <summary>A signed-in member may report another member's comment (admins act on it instead).</summary>
    public bool CanReport { get; init; }
    /// <summary>False at the deepest level: a reply there attaches to this comment's parent.</summary>
    public bool CanNest { get; init; }
    public IReadOnlyList<CommentView> Replies { get; init; } = [];
}
