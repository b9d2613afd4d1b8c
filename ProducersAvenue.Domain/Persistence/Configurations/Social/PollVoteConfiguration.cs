using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Social;

namespace ProducersAvenue.Domain.Persistence.Configurations.Social;

internal sealed class PollVoteConfiguration : IEntityTypeConfiguration<PollVote>
{
    public void Configure(EntityTypeBuilder<PollVote> builder)
    {
        builder.ToTable("poll_votes", t =>
            t.HasCheckConstraint("ck_poll_votes_option_index_non_negative", "option_index >= 0"));
        builder.HasKey(v => v.Id);

        builder.HasOne<Post>().WithMany().HasForeignKey(v => v.PostId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(v => v.UserId).OnDelete(DeleteBehavior.Cascade);

        // One vote per member per poll.
        builder.HasIndex(v => new { v.PostId, v.UserId }).IsUnique();
        builder.HasIndex(v => v.UserId);
    }
}
