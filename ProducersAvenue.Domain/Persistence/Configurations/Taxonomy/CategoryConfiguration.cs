using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProducersAvenue.Domain.Taxonomy;

namespace ProducersAvenue.Domain.Persistence.Configurations.Taxonomy;

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.ToTable("categories");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(Category.NameMaxLength);
        builder.Property(c => c.Slug).HasMaxLength(Category.NameMaxLength + 10);
        builder.Property(c => c.IsActive).HasDefaultValue(true);
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.HasIndex(c => new { c.IsActive, c.SortOrder });
    }
}
