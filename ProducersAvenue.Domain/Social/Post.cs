using NpgsqlTypes;
using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Social;

/// <summary><c>posts</c>: a social feed post (Markdown content, optional media, link or poll).</summary>
public class Post : IHasTimestamps
{
    public const int ContentMaxLength = 10000;
    public const int UrlMaxLength = 2000;
    public const int HiddenReasonMaxLength = 500;

    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public string? Content { get; set; }
    public string[]? MediaUrls { get; set; }
    public string? LinkUrl { get; set; }
    /// <summary>JSON <c>{title, description, image}</c>.</summary>
    public string? LinkPreview { get; set; }
    public PostType PostType { get; set; } = PostType.Text;
    /// <summary>JSON <c>[{option: string, votes: number}]</c>.</summary>
    public string? PollOptions { get; set; }
    public DateTimeOffset? PollEndsAt { get; set; }
    public int LikesCount { get; set; }
    public int CommentsCount { get; set; }
    public int SharesCount { get; set; }
    public bool IsPinned { get; set; }
    public bool IsHidden { get; set; }
    public string? HiddenReason { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>When the author last changed the text (null: never); <see cref="UpdatedAt"/> also moves with the counters.</summary>
    public DateTimeOffset? EditedAt { get; set; }

    /// <summary>Stored generated tsvector of <see cref="Content"/> (English) for full-text search; never written by the app.</summary>
    public NpgsqlTsVector SearchVector { get; set; } = null!;
    /// <summary>Slugs of the hashtags in <see cref="Content"/>: a stored column the database computes (<c>extract_hashtag_slugs</c>).</summary>
    public string[] Tags { get; set; } = [];
}
