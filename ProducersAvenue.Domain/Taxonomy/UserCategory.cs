using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Taxonomy;

/// <summary><c>user_categories</c>.</summary>
public class UserCategory : IHasCreatedAt
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public Guid CategoryId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
