using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProducersAvenue.Domain.Taxonomy;

namespace ProducersAvenue.Domain.Persistence.Configurations.Taxonomy;

internal sealed class SkillConfiguration : IEntityTypeConfiguration<Skill>
{
    public void Configure(EntityTypeBuilder<Skill> builder)
    {
        builder.ToTable("skills");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Name).HasMaxLength(Skill.NameMaxLength);
        builder.Property(s => s.Slug).HasMaxLength(Skill.NameMaxLength + 10);
        builder.Property(s => s.IsActive).HasDefaultValue(true);
        builder.Property(s => s.IsAdminApproved).HasDefaultValue(true);
        builder.HasOne<Category>().WithMany().HasForeignKey(s => s.CategoryId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(s => s.Slug).IsUnique();
        builder.HasIndex(s => s.CategoryId);
        builder.HasIndex(s => new { s.IsAdminApproved, s.IsActive });
    }
}
