using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Content;

/// <summary><c>tags</c>: aggregate stats of a hashtag used in posts, products and services (which store tags as text[]).</summary>
public class Tag : IHasTimestamps
{
    public const int NameMaxLength = 100;
    public const int SlugMaxLength = 120;

    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
    public int UsageCount { get; set; }
    /// <summary>Decays with a 24-hour half-life; numeric(10,2).</summary>
    public decimal TrendingScore { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
