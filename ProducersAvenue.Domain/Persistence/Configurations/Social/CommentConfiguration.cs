using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Social;

namespace ProducersAvenue.Domain.Persistence.Configurations.Social;

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> builder)
    {
        builder.ToTable("comments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Content).HasMaxLength(Comment.ContentMaxLength);
        builder.Property(c => c.HiddenReason).HasMaxLength(Comment.HiddenReasonMaxLength);
        builder.Property(c => c.IsHidden).HasDefaultValue(false);

        builder.HasOne<Post>().WithMany().HasForeignKey(c => c.PostId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        // Deleting a comment deletes its replies (row triggers still see each deleted reply, so comments_count stays right).
        builder.HasOne<Comment>().WithMany().HasForeignKey(c => c.ParentCommentId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(c => new { c.PostId, c.CreatedAt });
        builder.HasIndex(c => c.UserId);
        builder.HasIndex(c => c.ParentCommentId);
    }
}
