using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProducersAvenue.Domain.Taxonomy;

namespace ProducersAvenue.Domain.Persistence.Configurations.Taxonomy;

internal sealed class GenreConfiguration : IEntityTypeConfiguration<Genre>
{
    public void Configure(EntityTypeBuilder<Genre> builder)
    {
        builder.ToTable("genres");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Name).HasMaxLength(Genre.NameMaxLength);
        builder.Property(g => g.Slug).HasMaxLength(Genre.NameMaxLength + 10);
        builder.Property(g => g.IsActive).HasDefaultValue(true);
        builder.HasOne<Genre>().WithMany().HasForeignKey(g => g.ParentGenreId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(g => g.Slug).IsUnique();
        builder.HasIndex(g => g.ParentGenreId);
    }
}
