using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Marketplace;

namespace ProducersAvenue.Domain.Persistence;

public partial class AppDbContext
{
    public DbSet<Product> Products => Set<Product>();
    public DbSet<ProductLike> ProductLikes => Set<ProductLike>();
    public DbSet<Service> Services => Set<Service>();
    public DbSet<Review> Reviews => Set<Review>();
}
