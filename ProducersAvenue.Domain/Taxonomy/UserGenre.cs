using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Taxonomy;

/// <summary><c>user_genres</c>.</summary>
public class UserGenre : IHasCreatedAt
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public Guid GenreId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
