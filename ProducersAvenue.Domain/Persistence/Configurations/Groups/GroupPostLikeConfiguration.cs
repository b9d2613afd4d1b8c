using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Groups;

namespace ProducersAvenue.Domain.Persistence.Configurations.Groups;

internal sealed class GroupPostLikeConfiguration : IEntityTypeConfiguration<GroupPostLike>
{
    public void Configure(EntityTypeBuilder<GroupPostLike> builder)
    {
        builder.ToTable("group_post_likes");
        builder.HasKey(l => l.Id);

        builder.HasOne<GroupPost>().WithMany().HasForeignKey(l => l.GroupPostId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(l => new { l.GroupPostId, l.UserId }).IsUnique();
        builder.HasIndex(l => l.UserId);
    }
}
