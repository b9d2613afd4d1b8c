using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Taxonomy;

/// <summary><c>skills</c>: what a member can do, under a category. Requested skills start unapproved.</summary>
public class Skill : IHasTimestamps
{
    public const int NameMaxLength = 80;

    public Guid Id { get; set; }
    public Guid? CategoryId { get; set; }
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
    public bool IsActive { get; set; } = true;
    public bool IsAdminApproved { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
