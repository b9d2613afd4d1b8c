using NpgsqlTypes;
using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Content;

/// <summary><c>articles</c>: platform news and tutorials, written by members with the author role.</summary>
public class Article : IHasTimestamps
{
    public const int TitleMaxLength = 200;
    public const int SlugMaxLength = 220;
    public const int ContentMaxLength = 100000;
    public const int ExcerptMaxLength = 500;
    public const int UrlMaxLength = 500;
    public const int CategoryMaxLength = 100;

    public Guid Id { get; set; }
    public Guid AuthorId { get; set; }
    public string Title { get; set; } = "";
    public string Slug { get; set; } = "";
    public string? Content { get; set; }
    public string? Excerpt { get; set; }
    public string? ThumbnailUrl { get; set; }
    public string? Category { get; set; }
    public string[]? Tags { get; set; }
    public int ViewsCount { get; set; }
    public int LikesCount { get; set; }
    public int CommentsCount { get; set; }
    public bool IsPublished { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Stored generated tsvector of title and content (English) for full-text search; never written by the app.</summary>
    public NpgsqlTsVector SearchVector { get; set; } = null!;
}
