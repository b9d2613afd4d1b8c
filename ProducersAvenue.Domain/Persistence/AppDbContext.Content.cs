using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Content;

namespace ProducersAvenue.Domain.Persistence;

public partial class AppDbContext
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Tag> Tags => Set<Tag>();
}
