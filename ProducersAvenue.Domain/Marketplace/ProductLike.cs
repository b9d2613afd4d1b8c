using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Marketplace;

/// <summary><c>product_likes</c>: who liked a product (feeds <c>products.likes_count</c>), as <c>post_likes</c> does for posts.</summary>
public class ProductLike : IHasCreatedAt
{
    public Guid Id { get; set; }
    public Guid ProductId { get; set; }
    public Guid UserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
