using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Taxonomy;

/// <summary><c>categories</c>: the 8 main kinds of creator.</summary>
public class Category : IHasTimestamps
{
    public const int NameMaxLength = 80;

    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
    public string? Description { get; set; }
    public string? Icon { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
