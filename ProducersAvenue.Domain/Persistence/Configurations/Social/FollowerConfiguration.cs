using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Social;

namespace ProducersAvenue.Domain.Persistence.Configurations.Social;

internal sealed class FollowerConfiguration : IEntityTypeConfiguration<Follower>
{
    public void Configure(EntityTypeBuilder<Follower> builder)
    {
        builder.ToTable("followers", t =>
            t.HasCheckConstraint("ck_followers_not_self", "follower_id <> following_id"));
        builder.HasKey(f => f.Id);

        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(f => f.FollowerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(f => f.FollowingId).OnDelete(DeleteBehavior.Cascade);

        // The unique pair also serves "whom does X follow"; the second index serves "who follows X".
        builder.HasIndex(f => new { f.FollowerId, f.FollowingId }).IsUnique();
        // Followers / following lists, newest first with keyset paging.
        builder.HasIndex(f => new { f.FollowingId, f.CreatedAt, f.Id }).IsDescending(false, true, true);
        builder.HasIndex(f => new { f.FollowerId, f.CreatedAt, f.Id }).IsDescending(false, true, true);
    }
}
