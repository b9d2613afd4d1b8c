using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Groups;

namespace ProducersAvenue.Domain.Persistence.Configurations.Groups;

internal sealed class GroupConfiguration : IEntityTypeConfiguration<Group>
{
    public void Configure(EntityTypeBuilder<Group> builder)
    {
        builder.ToTable("groups");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Name).HasMaxLength(Group.NameMaxLength);
        builder.Property(g => g.Slug).HasMaxLength(Group.SlugMaxLength);
        builder.Property(g => g.Description).HasMaxLength(Group.DescriptionMaxLength);
        builder.Property(g => g.Rules).HasMaxLength(Group.RulesMaxLength);
        builder.Property(g => g.AvatarUrl).HasMaxLength(Group.UrlMaxLength);
        builder.Property(g => g.BannerUrl).HasMaxLength(Group.UrlMaxLength);
        builder.Property(g => g.JoinApprovalRequired).HasDefaultValue(false);
        builder.Property(g => g.PostApprovalRequired).HasDefaultValue(false);
        builder.Property(g => g.IsVerified).HasDefaultValue(false);

        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(g => g.OwnerId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(g => g.Slug).IsUnique();
        builder.HasIndex(g => g.OwnerId);
        builder.HasIndex(g => g.Visibility);
        builder.HasIndex(g => g.Tags).HasMethod("gin");
        builder.HasIndex(g => g.CreatedAt).IsDescending();
    }
}
