using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Taxonomy;

namespace ProducersAvenue.Domain.Persistence;

public partial class AppDbContext
{
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Skill> Skills => Set<Skill>();
    public DbSet<Genre> Genres => Set<Genre>();
    public DbSet<UserCategory> UserCategories => Set<UserCategory>();
    public DbSet<UserSkill> UserSkills => Set<UserSkill>();
    public DbSet<UserGenre> UserGenres => Set<UserGenre>();
    public DbSet<CustomFieldRequest> CustomFieldRequests => Set<CustomFieldRequest>();
}
