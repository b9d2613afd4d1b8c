using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProducersAvenue.Domain.Content;

namespace ProducersAvenue.Domain.Persistence.Configurations.Content;

internal sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> builder)
    {
        builder.ToTable("tags");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Name).HasMaxLength(Tag.NameMaxLength);
        builder.Property(t => t.Slug).HasMaxLength(Tag.SlugMaxLength);
        builder.Property(t => t.TrendingScore).HasPrecision(10, 2).HasDefaultValue(0m);

        builder.HasIndex(t => t.Slug).IsUnique();
        builder.HasIndex(t => t.UsageCount).IsDescending();
        builder.HasIndex(t => t.TrendingScore).IsDescending();
    }
}
