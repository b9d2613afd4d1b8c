using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Groups;

namespace ProducersAvenue.Domain.Persistence.Configurations.Groups;

internal sealed class GroupPostConfiguration : IEntityTypeConfiguration<GroupPost>
{
    public void Configure(EntityTypeBuilder<GroupPost> builder)
    {
        builder.ToTable("group_posts");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Content).HasMaxLength(GroupPost.ContentMaxLength);
        builder.Property(p => p.LinkUrl).HasMaxLength(GroupPost.UrlMaxLength);
        builder.Property(p => p.LinkPreview).HasColumnType("jsonb");
        builder.Property(p => p.IsPinned).HasDefaultValue(false);
        // DEFAULT true: the sentinel is true so an explicit false is still sent on insert.
        builder.Property(p => p.IsApproved).HasDefaultValue(true).HasSentinel(true);

        builder.HasOne<Group>().WithMany().HasForeignKey(p => p.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);

        // A group's feed: newest first.
        builder.HasIndex(p => new { p.GroupId, p.CreatedAt }).IsDescending(false, true);
        builder.HasIndex(p => p.UserId);
    }
}
