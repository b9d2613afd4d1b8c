using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Taxonomy;

/// <summary><c>user_skills</c>.</summary>
public class UserSkill : IHasCreatedAt
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public Guid SkillId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
