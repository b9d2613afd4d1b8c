using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Groups;

namespace ProducersAvenue.Domain.Persistence.Configurations.Groups;

internal sealed class GroupPostCommentConfiguration : IEntityTypeConfiguration<GroupPostComment>
{
    public void Configure(EntityTypeBuilder<GroupPostComment> builder)
    {
        builder.ToTable("group_post_comments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Content).HasMaxLength(GroupPostComment.ContentMaxLength);
        builder.Property(c => c.HiddenReason).HasMaxLength(GroupPostComment.HiddenReasonMaxLength);
        builder.Property(c => c.IsHidden).HasDefaultValue(false);

        builder.HasOne<GroupPost>().WithMany().HasForeignKey(c => c.GroupPostId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<GroupPostComment>().WithMany().HasForeignKey(c => c.ParentCommentId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(c => new { c.GroupPostId, c.CreatedAt });
        builder.HasIndex(c => c.UserId);
        builder.HasIndex(c => c.ParentCommentId);
    }
}
